# Probe for mipsn32 (n32 ABI): uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
	.text
	.set	noreorder
	addiu	$sp, $sp, -512
	move	$a0, $sp
	li	$v0, 6061		# uname
	syscall
	li	$a0, 1
	addiu	$a1, $sp, 260		# utsname.machine
	li	$a2, 65
	li	$v0, 6001		# write
	syscall
	li	$a0, 0
	li	$v0, 6058		# exit
	syscall
