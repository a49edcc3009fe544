# Probe for ppc (32-bit big-endian): uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
	.text
	addi	1, 1, -512
	mr	3, 1
	li	0, 122			# newuname
	sc
	li	3, 1
	addi	4, 1, 260		# utsname.machine
	li	5, 65
	li	0, 4			# write
	sc
	li	3, 0
	li	0, 1			# exit
	sc
