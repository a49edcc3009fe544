# Probe for mips64el (n64 ABI): uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
	.text
	.set	noreorder
	daddiu	$sp, $sp, -512
	move	$a0, $sp
	li	$v0, 5061		# uname
	syscall
	li	$a0, 1
	daddiu	$a1, $sp, 260		# utsname.machine
	li	$a2, 65
	li	$v0, 5001		# write
	syscall
	li	$a0, 0
	li	$v0, 5058		# exit
	syscall
