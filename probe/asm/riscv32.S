# Probe for riscv32: uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
	.text
	.option norvc
	addi	sp, sp, -512
	mv	a0, sp
	li	a7, 160			# uname
	ecall
	li	a0, 1
	addi	a1, sp, 260		# utsname.machine
	li	a2, 65
	li	a7, 64			# write
	ecall
	li	a0, 0
	li	a7, 93			# exit
	ecall
