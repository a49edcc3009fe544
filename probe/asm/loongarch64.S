# Probe for loongarch64 (LP64D): uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
# Debian has no LoongArch cross assembler, so build.mjs encodes these instructions itself
# (only addi.d, move and syscall, in exactly the forms below).
	.text
	addi.d	$sp, $sp, -512
	move	$a0, $sp
	addi.d	$a7, $zero, 160		# uname
	syscall	0
	addi.d	$a0, $zero, 1
	addi.d	$a1, $sp, 260		# utsname.machine
	addi.d	$a2, $zero, 65
	addi.d	$a7, $zero, 64		# write
	syscall	0
	addi.d	$a0, $zero, 0
	addi.d	$a7, $zero, 93		# exit
	syscall	0
