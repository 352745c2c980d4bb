// SHA-256 block compression with the x86 SHA extensions (SHA-NI), for `LoraFormats.SHA256`.
#ifndef LORASH_CSHA256_H
#define LORASH_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this CPU has the SHA extensions and SSE4.1 (checked with CPUID), else 0.
int lorash_sha256_hardware_available(void);

/// Compresses `blocks` 64-byte blocks at `data` into `state` (the eight working words H0…H7),
/// with `K` the 64 round constants of FIPS 180-4 §4.2.2 (the caller's table). Call only when
/// `lorash_sha256_hardware_available()` returned 1.
void lorash_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks, const uint32_t K[64]);

#endif
