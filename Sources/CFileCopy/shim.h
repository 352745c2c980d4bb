// Linux file-copy and memory calls that Swift's Glibc module leaves out (they need _GNU_SOURCE), declared
// with glibc's LP64 types and wrapped under our own names.
#ifndef LORASH_CFILECOPY_SHIM_H
#define LORASH_CFILECOPY_SHIM_H
#ifdef __linux__
#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

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

/// The size of a memory page.
static inline long lorash_page_size(void) { return sysconf(_SC_PAGESIZE); }

/// `size` bytes of fresh shared memory mapped twice, back to back, so that any run of up to
/// `size` bytes that starts in the first copy is contiguous (a ring that never wraps in the
/// middle of a run). `size` must be a multiple of the page size. NULL on failure (also where
/// the kernel has no memfd); release with `lorash_unmap_mirrored`.
static inline void *lorash_map_mirrored(unsigned long size) {
#ifdef SYS_memfd_create
    int fd = (int)syscall(SYS_memfd_create, "lorash-ring", 1u /* MFD_CLOEXEC */);
#else
    int fd = -1;
#endif
    if (fd < 0) return 0;
    if (ftruncate(fd, (long)size) != 0) { close(fd); return 0; }
    char *base = mmap(0, 2 * size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) { close(fd); return 0; }
    if (mmap(base, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0) == MAP_FAILED
        || mmap(base + size, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0) == MAP_FAILED) {
        munmap(base, 2 * size);
        close(fd);
        return 0;
    }
    close(fd);  // the mappings keep the memory
    return base;
}

/// Releases a ring from `lorash_map_mirrored(size)`.
static inline void lorash_unmap_mirrored(void *ring, unsigned long size) { munmap(ring, 2 * size); }

/// Swaps two paths in one step (renameat2 with RENAME_EXCHANGE, Linux 3.15): both must exist;
/// they may be folders. 0, or -1 with errno (EINVAL where the file system cannot, ENOSYS where
/// the kernel has no renameat2).
static inline int lorash_rename_exchange(const char *a, const char *b) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, -100 /* AT_FDCWD */, a, -100, b, 2u /* RENAME_EXCHANGE */);
#else
    errno = ENOSYS;
    return -1;
#endif
}

#endif
#endif
