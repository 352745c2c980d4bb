// Linux file-copy calls that Swift's Glibc module leaves out (they need _GNU_SOURCE), declared
// with glibc's LP64 types and wrapped under our own names.
#ifndef LORASH_CFILECOPY_SHIM_H
#define LORASH_CFILECOPY_SHIM_H
#ifdef __linux__

extern long copy_file_range(int fd_in, long *off_in, int fd_out, long *off_out, unsigned long len, unsigned int flags);
extern int sync_file_range(int fd, long offset, long nbytes, unsigned int flags);

/// Copies up to `count` bytes between two files inside the kernel; -1 with errno on failure.
static inline long lorash_copy_file_range(int input, long *inputOffset, int output, long *outputOffset, unsigned long count) {
    return copy_file_range(input, inputOffset, output, outputOffset, count, 0);
}

/// Starts writing the dirty pages of a byte range to disk without waiting (SYNC_FILE_RANGE_WRITE).
static inline int lorash_start_writeback(int fd, long offset, long count) {
    return sync_file_range(fd, offset, count, 2);
}

/// O_DIRECT, which glibc defines only under _GNU_SOURCE (asm-generic value; Arm and PowerPC differ).
#if defined(__aarch64__) || defined(__arm__)
#define LORASH_O_DIRECT 0200000
#elif defined(__powerpc__) || defined(__powerpc64__)
#define LORASH_O_DIRECT 0400000
#else
#define LORASH_O_DIRECT 040000
#endif

/// The O_DIRECT open flag (writes that bypass the page cache).
static inline int lorash_o_direct(void) { return LORASH_O_DIRECT; }

#endif
#endif
