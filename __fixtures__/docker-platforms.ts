/** Every platform Docker names that qemu emulates: what `platforms: all` must cover. */
export const DOCKER_PLATFORMS = [
  'linux/386',
  'linux/amd64',
  'linux/arm/v6',
  'linux/arm/v7',
  'linux/arm64',
  'linux/loong64',
  'linux/mips',
  'linux/mips64',
  'linux/mips64le',
  'linux/mipsle',
  'linux/ppc64',
  'linux/ppc64le',
  'linux/riscv64',
  'linux/s390x',
];
