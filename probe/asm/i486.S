# Probe for i486 (the i386 probe, for qemu-i486): uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
	.text
	sub	$512, %esp
	mov	$122, %eax		# newuname
	mov	%esp, %ebx
	int	$0x80
	mov	$4, %eax		# write
	mov	$1, %ebx
	lea	260(%esp), %ecx		# utsname.machine
	mov	$65, %edx
	int	$0x80
	mov	$1, %eax		# exit
	xor	%ebx, %ebx
	int	$0x80
