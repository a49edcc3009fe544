export const id = 835;
export const ids = [835];
export const modules = {

/***/ 6112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ parseChecksums)
/* harmony export */ });
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7700);
// What the `checksums` input may be, parsed: sha256 lines as sha256sum prints them, or the URL of
// such a file (fetched by emulators/index.ts). Neutral ground: settings and the sources read it.

/** Parses `sha256  name` lines (binary-mode `*name` too; blank lines and # comments skipped). */
function parseChecksums(text, origin) {
    const table = new Map();
    text.split('\n').forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const match = /^([0-9a-fA-F]{64})\s+\*?(\S.*)$/.exec(line);
        if (!match) {
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('checksums', line, `line ${index + 1} of ${origin} is not "<sha256>  <file name>": ${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(line, 100)}`, 'lines as sha256sum prints them, or the URL of such a file');
        }
        const name = match[2].trim().replace(/^.*\//, '');
        const sum = match[1].toLowerCase();
        const earlier = table.get(name);
        if (earlier && earlier !== sum) {
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('checksums', text, `${origin} lists ${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(name)} twice with different sums (${earlier} and, on line ${index + 1}, ${sum})`, 'one sum per file');
        }
        table.set(name, sum);
    });
    return table;
}


/***/ }),

/***/ 681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dd: () => (/* binding */ QEMU_MANIFEST),
  Yo: () => (/* binding */ defaultReleaseFor),
  dv: () => (/* binding */ findRelease),
  YE: () => (/* binding */ manifestFile),
  Os: () => (/* binding */ manifestSums),
  Oj: () => (/* binding */ releaseChoices)
});

// UNUSED EXPORTS: baselineFailure, upstreamVersion

// EXTERNAL MODULE: ./src/targets.ts
var targets = __webpack_require__(8993);
;// CONCATENATED MODULE: ./src/choices/qemu-manifest.json
const qemu_manifest_namespaceObject = /*#__PURE__*/JSON.parse('{"default":"7.2+dfsg-7+deb12u18+b3","releases":[{"id":"11.1.3+ds-2~bpo13+1","debianVersion":"1:11.1.3+ds-2~bpo13+1","package":"qemu-user","archive":"debian","suite":"trixie-backports","snapshot":"20261204T021527Z","tag":"qemu-v11.1.3-ds-2-bpo13-1","hosts":{"x86_64":{"arch":"amd64","deb":{"path":"pool/main/q/qemu/qemu-user_11.1.3+ds-2~bpo13+1_amd64.deb","sha256":"8ecfbda5a10061564458a33842f4526ac4186600a0809b2adc36784c6db8081e","size":70528708},"files":{"aarch64":{"asset":"x86_64_qemu-aarch64-static.tar.gz","sha256":"80800f85a5f1e96efb1c112f4c8f28d313ac7fb1fb5f296f223e5ec413046cfd","size":3645116,"member":"./usr/bin/qemu-aarch64","binarySha256":"bf3aa71d0da632574bfcc4f1ef00f7bbc01924e61b5765a69751eb20f9327c34","binarySize":17238488},"aarch64_be":{"asset":"x86_64_qemu-aarch64_be-static.tar.gz","sha256":"fbf1cd8621ffd7fae19aebb3526255f21d4210c9c31d738c6f3fe41b33d4fc87","size":3649581,"member":"./usr/bin/qemu-aarch64_be","binarySha256":"e98029746451e099cedc13d0f0e52abf0df496fbb3dc68c121da5bfeb27aa6e8","binarySize":17254872},"alpha":{"asset":"x86_64_qemu-alpha-static.tar.gz","sha256":"2ad70134e91aaab4bc79bbf68ceca90b8d6a8c7ab6aff42fc3bcb8ea0195abb4","size":2725208,"member":"./usr/bin/qemu-alpha","binarySha256":"aa8dd74591ecfdc39d69560759fb7295d02b5b8a1f896a82588c4e8a8ca269b4","binarySize":13368472},"arm":{"asset":"x86_64_qemu-arm-static.tar.gz","sha256":"c635b1ad8846d0f9e3c9139c52ccce8e7a726ec39f1d27804e8c662b9f6d5101","size":3109961,"member":"./usr/bin/qemu-arm","binarySha256":"9113f2c8a6523809498ba2711426bf42a072b72a892524b699578a50ee9be7b5","binarySize":14707864},"armeb":{"asset":"x86_64_qemu-armeb-static.tar.gz","sha256":"cd2f758ab816e51817ac6784390255deb0058965b7d1173e79994c3bbcf14bee","size":3115891,"member":"./usr/bin/qemu-armeb","binarySha256":"b5af018d5a4dbbebcc7cc56568c3040a6b88a8fe8ef295c079888c7a7a2b5a2f","binarySize":14724248},"hexagon":{"asset":"x86_64_qemu-hexagon-static.tar.gz","sha256":"52952f7c48ce168b167e3b5eeb214eb8e5f68eb9c2c446f276032e877954da24","size":3220587,"member":"./usr/bin/qemu-hexagon","binarySha256":"2b277d344a5173d5a012a31e208e832b6c24e75bae1c7a9caaeeced95db2ec6a","binarySize":15551416},"hppa":{"asset":"x86_64_qemu-hppa-static.tar.gz","sha256":"fe726bb2076c6e2892fa1525f3912f8e02b1fced0b5765d8193c8104a11a0d34","size":2758133,"member":"./usr/bin/qemu-hppa","binarySha256":"ac1ca65c27f715e7256706980811642b82d916b56906d3cf5feedf3528784a17","binarySize":13449528},"i386":{"asset":"x86_64_qemu-i386-static.tar.gz","sha256":"641855845a191171e67221e2281bb24cec7d34b1d6159f91bf55b21e2c7114fd","size":2953916,"member":"./usr/bin/qemu-i386","binarySha256":"a0c7a4dc663e75903159633257c791bac5a59929cc4cbf306816860dce1c4124","binarySize":14171256},"loongarch64":{"asset":"x86_64_qemu-loongarch64-static.tar.gz","sha256":"64942736f53065435d6c13dc627a3f6d2524ca28fdd773a8b865ec53a99abfdd","size":2857503,"member":"./usr/bin/qemu-loongarch64","binarySha256":"6adb3c99ba5cd4fa016a50cd7807576f7a2ddb4cfbf058f31375fe30754d7daa","binarySize":13954680},"m68k":{"asset":"x86_64_qemu-m68k-static.tar.gz","sha256":"9a1e30c2d236671a264bf91da47ba444dc77fe873cb34e65388ebd1a1b416dc2","size":2813686,"member":"./usr/bin/qemu-m68k","binarySha256":"9f2d1c30d750ef02f6091abb64fb6e3284350b8c2e2ff0d6f4dc2f907e06e005","binarySize":13667512},"microblaze":{"asset":"x86_64_qemu-microblaze-static.tar.gz","sha256":"31e9315f21f97a94632687f53943cd60edbc9f933e3431807d7bc901082e7d2c","size":2722299,"member":"./usr/bin/qemu-microblaze","binarySha256":"c88737726c787a6dac185944f3b2269005f3c4542e9476d3ab9c24efb00707fa","binarySize":13338840},"microblazeel":{"asset":"x86_64_qemu-microblazeel-static.tar.gz","sha256":"7c8f454bca6fec8279e3728b87835c820628af46070fce8f0c03bb8632f84060","size":2718819,"member":"./usr/bin/qemu-microblazeel","binarySha256":"4b8e8dfc48bd6275178ff005c3bfa12ce5c4b00d6afb222527319441fdc6c46c","binarySize":13326552},"mips":{"asset":"x86_64_qemu-mips-static.tar.gz","sha256":"7d1474ab749e2496005d034117aa842432c1918571ee4d442789bc0176f0f377","size":3041483,"member":"./usr/bin/qemu-mips","binarySha256":"bafbf3e6b8e47f3582d16dbdc882cc2a81c4d49f145a31bf0660544f9be2ea1a","binarySize":14602040},"mips64":{"asset":"x86_64_qemu-mips64-static.tar.gz","sha256":"5b831ef2d1abab44271fc3ef2004cd51b870f995f76a2d44183612865b4c7e9d","size":3048559,"member":"./usr/bin/qemu-mips64","binarySha256":"c4d1ca0fce38e16af6766f5609a6903a5a3e6346e7ea481f804978cf17e8bd67","binarySize":14659096},"mips64el":{"asset":"x86_64_qemu-mips64el-static.tar.gz","sha256":"d7e7efbab1c8f00c3c740ca22a16961fd5b015eafde335c281b409daffc3d58d","size":3045903,"member":"./usr/bin/qemu-mips64el","binarySha256":"385bc5afacfa8a5ddc15b5a75dcf46b8b59135a6d3b1580ba8f80bf88ecdf281","binarySize":14646808},"mipsel":{"asset":"x86_64_qemu-mipsel-static.tar.gz","sha256":"6ddeee015b0054b89d949aed79321414ab0a1f07dc7e47ba3aaf9fc1d04d173b","size":3032512,"member":"./usr/bin/qemu-mipsel","binarySha256":"2382db07c1956175b22b09579b0dc029b6cea01ead4bb3c416db6e8ee8a270ab","binarySize":14593848},"mipsn32":{"asset":"x86_64_qemu-mipsn32-static.tar.gz","sha256":"30e2b14e9c88fae2171fb02eff0f6931592104924e8a92102de6d3557534f3fc","size":3050458,"member":"./usr/bin/qemu-mipsn32","binarySha256":"16bb7f09fe7509b50888d9438ae909498db9e29b22cab28b8136af99aae3c9c0","binarySize":14663192},"mipsn32el":{"asset":"x86_64_qemu-mipsn32el-static.tar.gz","sha256":"1b1b1d123093c0adf9c334b1dbd2fe13556651f9793d57784cae349131eb7941","size":3044840,"member":"./usr/bin/qemu-mipsn32el","binarySha256":"99109cdb342e832e4d3440d13bb5289c05eac81e3cba4bc912abba23a8b3b359","binarySize":14655000},"or1k":{"asset":"x86_64_qemu-or1k-static.tar.gz","sha256":"feb0a2a51032fdd1b93b31b5bd54fc5a52824876656783d492db2b278c55af3e","size":2700385,"member":"./usr/bin/qemu-or1k","binarySha256":"ed2bfa26435fe4acb4f905b574069bf54d7605fe5041397b1047bf06ceec5a3d","binarySize":13279192},"ppc":{"asset":"x86_64_qemu-ppc-static.tar.gz","sha256":"a7be9ae11758c93c66a745f08e5903022ff4aa4b1766fe3107ebae90f97810ff","size":3026199,"member":"./usr/bin/qemu-ppc","binarySha256":"f7f0260963d20d90e771c0f1b32c7538a558c3814caa562ba9db100a818675dd","binarySize":14360728},"ppc64":{"asset":"x86_64_qemu-ppc64-static.tar.gz","sha256":"d0771f7232f4659c1f9216a4f8f003e70e62ac336ac78ddb825ca7711bddc929","size":3041092,"member":"./usr/bin/qemu-ppc64","binarySha256":"44b3970e1c4b9cba920989fc38c27d2b75e02ca647f5535bc54ab4d0e1d3ee15","binarySize":14439608},"ppc64le":{"asset":"x86_64_qemu-ppc64le-static.tar.gz","sha256":"be947495c0ccfe94bce84b4c17ccad9a76ab2354734f0622f382a0bd2e340313","size":3035737,"member":"./usr/bin/qemu-ppc64le","binarySha256":"8076fd6e97b5b8244635e197e09e6d93ef6e03626b4c29377b8d9785b9781ca7","binarySize":14431416},"riscv32":{"asset":"x86_64_qemu-riscv32-static.tar.gz","sha256":"bbeae85fed27d744de06759715f0cfb11b5328ba0a96dd49344e20406f1b8a18","size":3000100,"member":"./usr/bin/qemu-riscv32","binarySha256":"4ae11a8278d8e2f7f2432c89ad1370d3f74c86e4d9c9c42ba066fc039ad4cce9","binarySize":14886168},"riscv64":{"asset":"x86_64_qemu-riscv64-static.tar.gz","sha256":"9e23156466cf40e8ff1b5b22bda6607519f4e4e57812e7bdfe42301b5355a5ae","size":3015673,"member":"./usr/bin/qemu-riscv64","binarySha256":"192a5f590353fd40d20299eb1f719e0f9502530af17cc981b04156d4f0b5371f","binarySize":14951704},"s390x":{"asset":"x86_64_qemu-s390x-static.tar.gz","sha256":"5d45b9c7dcbb2a8c80560e9583a7b49f4be7ea849735425da31238ad05f85ab9","size":2867866,"member":"./usr/bin/qemu-s390x","binarySha256":"15186715e087b181321f1b7dee1d3595aa499393529221f36118e89c89088a05","binarySize":13881688},"sh4":{"asset":"x86_64_qemu-sh4-static.tar.gz","sha256":"3842c23ab61d5ae88cdffcf9606e81e5948cef63638efebc8ac55f75a0a3915b","size":2725207,"member":"./usr/bin/qemu-sh4","binarySha256":"4d212093b843f24716835209410e2a144b4c1600d8d95c5b1957fd285c1b8ba8","binarySize":13361016},"sh4eb":{"asset":"x86_64_qemu-sh4eb-static.tar.gz","sha256":"03717341bb5ff5def105584fe25410e94a563e2a4c1cbe1892e4504413291e4b","size":2728948,"member":"./usr/bin/qemu-sh4eb","binarySha256":"898bd26cde151e88b44b7fc8415d6866ea672fb644a61cea2665454ddd03ea66","binarySize":13373304},"sparc":{"asset":"x86_64_qemu-sparc-static.tar.gz","sha256":"73e240e5d6565c63a2c16c8ff87d7efb2eff93b3c0f8a4db85c1efccd824249d","size":2774761,"member":"./usr/bin/qemu-sparc","binarySha256":"5a6dfd5da2bd9cdac998eb772399a6ede1ca406c1401f893de8cb97622843353","binarySize":13625272},"sparc32plus":{"asset":"x86_64_qemu-sparc32plus-static.tar.gz","sha256":"416d491d573f925c172bde8c88ef3b9d5e31ced183128d11af84b806c26105e7","size":2809320,"member":"./usr/bin/qemu-sparc32plus","binarySha256":"e4abd181910b12e21d2abd4c5913b24039a3706b0e1f97d0d918636a58d4324b","binarySize":13709784},"sparc64":{"asset":"x86_64_qemu-sparc64-static.tar.gz","sha256":"5f1d8209f50a1776cdb7896f1e00b498b3e3d1fffe7f48d49455503f33e8d1ba","size":2805315,"member":"./usr/bin/qemu-sparc64","binarySha256":"ec768afe1f0d8c37bd83d491825d5a776e9f8da4bc7e7ed019c4144de9121e74","binarySize":13701592},"x86_64":{"asset":"x86_64_qemu-x86_64-static.tar.gz","sha256":"dd5286ead9d803faf16cd9c5a88a03b4ca69c10c001b7b6a8c68108a1cffa43c","size":2946336,"member":"./usr/bin/qemu-x86_64","binarySha256":"808a61e11f50181750bec76efc4ba3ad5d642a01d62b39fbbdc0a476a221346e","binarySize":14159736},"xtensa":{"asset":"x86_64_qemu-xtensa-static.tar.gz","sha256":"d6bbdc5e325065d228dd57eda46b083a07841d08f0f3abb1950ab11869e06c67","size":3381196,"member":"./usr/bin/qemu-xtensa","binarySha256":"d376ea3856ca0fb8feb4ea39516d06381baa2105539e7e68c3e5712cc7e39737","binarySize":17637592},"xtensaeb":{"asset":"x86_64_qemu-xtensaeb-static.tar.gz","sha256":"1e522453488cc44c146a2f2f8145cd761e6ea04501d98c41dc1b51b15dd07fd5","size":3363263,"member":"./usr/bin/qemu-xtensaeb","binarySha256":"3773d5383b9f8d88aa361fbe96aea5c3b0494a323a5a31dbd264baadda5cefcc","binarySize":17477688}}},"aarch64":{"arch":"arm64","deb":{"path":"pool/main/q/qemu/qemu-user_11.1.3+ds-2~bpo13+1_arm64.deb","sha256":"37ed48daee5b9b44bf0368abb98f45d9fdb6167e8ca368dab6b07508d612b169","size":63682828},"files":{"aarch64":{"asset":"aarch64_qemu-aarch64-static.tar.gz","sha256":"d2c49f2f1627412e32db99bfb68080a73df50c085290beb43d70a2dc59e3e9de","size":3544473,"member":"./usr/bin/qemu-aarch64","binarySha256":"9dac3d8f4e0a8b9e662eca577d704202f962a0a79e172dec8070b2723aa80700","binarySize":17188632},"aarch64_be":{"asset":"aarch64_qemu-aarch64_be-static.tar.gz","sha256":"733fa36fea12d3e6c33730e0f67eb8736dfe720941a3d9a9cf34dd2cd2c860fe","size":3550117,"member":"./usr/bin/qemu-aarch64_be","binarySha256":"ca17760c5a944d16e987c1c1b49e59f183b7c848fd95bcaffb5bae427620dca2","binarySize":17188632},"alpha":{"asset":"aarch64_qemu-alpha-static.tar.gz","sha256":"729f91c84b5ff1ddc0da11c8255666029d62065f34837ada7c6b9e31867cf434","size":2627779,"member":"./usr/bin/qemu-alpha","binarySha256":"d117812bdcce0233b24343aec469245ca8bc688d73e4849d7200a8243b1fe361","binarySize":13323672},"arm":{"asset":"aarch64_qemu-arm-static.tar.gz","sha256":"8eb83ddd13cee314d571211e460eb104a278a80321d86e4ac0a7da9a4aa7bc9d","size":3015558,"member":"./usr/bin/qemu-arm","binarySha256":"d1785b956e7c7742d8d5e69ec836b553e2191e9370a06685a8f22d9c019e0cdd","binarySize":14696536},"armeb":{"asset":"aarch64_qemu-armeb-static.tar.gz","sha256":"f296087a655350807017dfa6e3b20bc193cb614bfe01e42e96cb1ae4c53330ab","size":3021126,"member":"./usr/bin/qemu-armeb","binarySha256":"c9d26e495080b75772ffba6b6bfe7db42a4f88b883ee6a781ab35c35ab9cbf81","binarySize":14696536},"hexagon":{"asset":"aarch64_qemu-hexagon-static.tar.gz","sha256":"5b00e1b051f21d4b14b713edbf503b22b42bf6963178ca1514eaf4d189514248","size":3059062,"member":"./usr/bin/qemu-hexagon","binarySha256":"66b7fbaa5ee2b1537ba2df181d2d4aed54d252a0c0f0e52dfdd13e34e8d1342c","binarySize":15450632},"hppa":{"asset":"aarch64_qemu-hppa-static.tar.gz","sha256":"5d6cd8c9f387621061cbfe4c6d0502edb33fc7556b44283a0132af019d55240f","size":2660711,"member":"./usr/bin/qemu-hppa","binarySha256":"d54a858d0c037471fd87900f47a12e2f168e296c78c960f78242d13a8d6748b5","binarySize":13388424},"i386":{"asset":"aarch64_qemu-i386-static.tar.gz","sha256":"f6ef0e9ccc813aca89800dae5f33eefe0d6f12c7ab180449b8c4312092052246","size":2839350,"member":"./usr/bin/qemu-i386","binarySha256":"bcf7b408374876637a952803990e08408cc4c066aabe501a5944307e09b51f8f","binarySize":14083320},"loongarch64":{"asset":"aarch64_qemu-loongarch64-static.tar.gz","sha256":"da82451167155bce566b2b961f9a734f9f25aa8f8e95b01ab8f6fac1aeca03af","size":2763719,"member":"./usr/bin/qemu-loongarch64","binarySha256":"b9ebb0fb94ef7156844697af91bc6c9ea4900b79091c41b25db007c46d2214b3","binarySize":13893432},"m68k":{"asset":"aarch64_qemu-m68k-static.tar.gz","sha256":"d26ce0984c0ec2cc3b585a8112ef5187709a018f9272658b5bfdc191c042f8b9","size":2710906,"member":"./usr/bin/qemu-m68k","binarySha256":"ef7e42d4a01a9ea952877e6a405933bd063f3568c2d1765fe3e207c36eaa623c","binarySize":13655112},"microblaze":{"asset":"aarch64_qemu-microblaze-static.tar.gz","sha256":"b6c2165d037b53d83c3af059ae6eabe897c9da8ff1ec643bcae2d2a8f1cd9023","size":2627514,"member":"./usr/bin/qemu-microblaze","binarySha256":"600f687fa3eb348ed5847d4daadd7f7fa5335256296b3d9d72a40a6c80bc7915","binarySize":13319000},"microblazeel":{"asset":"aarch64_qemu-microblazeel-static.tar.gz","sha256":"120f102851a7b8d462022daf558d0c4a9b37afadfc2a16d2d8c6b35a36dc8004","size":2624731,"member":"./usr/bin/qemu-microblazeel","binarySha256":"47eb9790fa262115bb94e60146f53b3b31c51805da35ce7d3b061f24632bf72e","binarySize":13319000},"mips":{"asset":"aarch64_qemu-mips-static.tar.gz","sha256":"ba63a5ec22432f313ca1c2ea63c46059b8a2dd6e38aedd01cc060166bf4b06dd","size":2917671,"member":"./usr/bin/qemu-mips","binarySha256":"e67e08921db691b17ae8adc4b88882f6affb4c036491b3a8af940dbf22a087a6","binarySize":14509704},"mips64":{"asset":"aarch64_qemu-mips64-static.tar.gz","sha256":"6b609a033960775786f54fc0c99bdacc3c3583a411dda1cd63afd74aa7b3b459","size":2929821,"member":"./usr/bin/qemu-mips64","binarySha256":"b7113e538b1013bdf07d0881e9077ca356615230b1e392a2f0b4008cbf095cc1","binarySize":14586248},"mips64el":{"asset":"aarch64_qemu-mips64el-static.tar.gz","sha256":"1cca66b6490c145c22f1b47b41c5d3127c7dc32d6c3f4ce1f1ee6072acebbf70","size":2924054,"member":"./usr/bin/qemu-mips64el","binarySha256":"fff282535caa7d68ddf4b68815473ef6e4c66a776206953191fbaa8d2b89beba","binarySize":14586248},"mipsel":{"asset":"aarch64_qemu-mipsel-static.tar.gz","sha256":"d75367b544b1b5dd4021b2577bc82638d39b54ce1e6b2a5d27daa2910ceab38f","size":2918302,"member":"./usr/bin/qemu-mipsel","binarySha256":"bf97ff92bfe0b69410491dc3425b3074776fec6f3123c26e400326f673a2b1c9","binarySize":14509704},"mipsn32":{"asset":"aarch64_qemu-mipsn32-static.tar.gz","sha256":"0810bc44fec7a6190736972cc4b2249529ace59da271e5c9b3c7b51fbc0f1cf6","size":2929395,"member":"./usr/bin/qemu-mipsn32","binarySha256":"1f9046514bb10984bdb6b351b58c5f50558dd69d5126058a0079872f816a3878","binarySize":14586248},"mipsn32el":{"asset":"aarch64_qemu-mipsn32el-static.tar.gz","sha256":"6c4b0c654fe1d96955b78a647889ddebfd1462ecb1113e474125163303554254","size":2930167,"member":"./usr/bin/qemu-mipsn32el","binarySha256":"3332ee7e093028dabcb9c130671da4591bb67541f79ce03bdc3cff6e4c8511f4","binarySize":14586248},"or1k":{"asset":"aarch64_qemu-or1k-static.tar.gz","sha256":"5601b787dc08cce1e97b30dd7691514f53a6a3b61bb4a5f7f7708c37b7cadd1a","size":2601985,"member":"./usr/bin/qemu-or1k","binarySha256":"f999defebb934b6e3004c50762029b060b76d9bc24935cac7241de6172e7c193","binarySize":13255128},"ppc":{"asset":"aarch64_qemu-ppc-static.tar.gz","sha256":"9b5de5bafcafd45badebf585a3b6158f04ceedb7535db9e15c5d13a45c01046a","size":2916906,"member":"./usr/bin/qemu-ppc","binarySha256":"f89b0ebf9b8e87970e7d4fc7e72661b98c1ce2e849e84bbcf0b615d19ac72920","binarySize":14327800},"ppc64":{"asset":"aarch64_qemu-ppc64-static.tar.gz","sha256":"5eb2cfd69d5f955563da2e0a3f919b7b5abcb324b825530ced70fd07c221ed59","size":2935899,"member":"./usr/bin/qemu-ppc64","binarySha256":"31b37566fabf65cc5f971d57932bd98bf3ec58ad9f508cefdfb38fecc3b36827","binarySize":14463928},"ppc64le":{"asset":"aarch64_qemu-ppc64le-static.tar.gz","sha256":"a6cdf8509cc85d8e68aaf1f9f07b069ac901c645f19da827f903265453c0f4c1","size":2931370,"member":"./usr/bin/qemu-ppc64le","binarySha256":"7fd77f9b5e47475ca1d56bde73f22558142a021ce1db42347d43df5b8993ceaf","binarySize":14398392},"riscv32":{"asset":"aarch64_qemu-riscv32-static.tar.gz","sha256":"f95b093bdbece53ea05bf1c6720bfcdfa2703fabab4a11613df40368288720fa","size":2897245,"member":"./usr/bin/qemu-riscv32","binarySha256":"d85ca6430953b0420b931d53bf2a3dac17e42b62e0f5cbbc2949d79f6e63829d","binarySize":14868936},"riscv64":{"asset":"aarch64_qemu-riscv64-static.tar.gz","sha256":"22d7c96155794678f9c214ddc9ea72af7acb8b326293294bf3d121bfd2e31b92","size":2904885,"member":"./usr/bin/qemu-riscv64","binarySha256":"072b67b8cbcaa5e32c236beaacae9e14be61a4e9954816d6c4ce2bbe4ff81234","binarySize":14934472},"s390x":{"asset":"aarch64_qemu-s390x-static.tar.gz","sha256":"3c196d35e75c32053da71b424a1e4cc76a4f639bc46bb74edf4782976367422a","size":2767325,"member":"./usr/bin/qemu-s390x","binarySha256":"bbd34469f695afa1b69acf23e357a6d8e51381945272fcc0e6a767e93d6646b4","binarySize":13888120},"sh4":{"asset":"aarch64_qemu-sh4-static.tar.gz","sha256":"99449f5f075718654988a418ff8b018089db306b953bef7cacb16f6c1f78d1f0","size":2626530,"member":"./usr/bin/qemu-sh4","binarySha256":"c9c6fdc3c8599e2abb3e0961aad0dfcfc6ee03401f663f9ed1a172ecabe7e8f8","binarySize":13320600},"sh4eb":{"asset":"aarch64_qemu-sh4eb-static.tar.gz","sha256":"ceecaac7451733baa9484c39f97543f5679eb031e4d5c3f655ba00b46117895c","size":2634066,"member":"./usr/bin/qemu-sh4eb","binarySha256":"393fc8f545d25e36cf3914e3923eb31ee05702a60459ba06702dbf607d6c518c","binarySize":13320600},"sparc":{"asset":"aarch64_qemu-sparc-static.tar.gz","sha256":"183469e5033cf0bb691d488cf9839fc06e3a6495c66fa8196f59715526db7710","size":2680045,"member":"./usr/bin/qemu-sparc","binarySha256":"5ef644ef9e5cf6b076fc71db5b61738ef266d4c46f1c1c55379019df6fa807c7","binarySize":13584680},"sparc32plus":{"asset":"aarch64_qemu-sparc32plus-static.tar.gz","sha256":"f45a13b7854decfe73517ec1eeffddcb16638bba314914840ed5c307640cd2ec","size":2712575,"member":"./usr/bin/qemu-sparc32plus","binarySha256":"7661a93adb46de53395acaf2a9d5f0320702d6c16f9a4a8ccf297c2e8ebfd8ee","binarySize":13656424},"sparc64":{"asset":"aarch64_qemu-sparc64-static.tar.gz","sha256":"4e199412a895c4fb4d7337ee65ec0c75a63c7c0564ca45c0e094e503af66de72","size":2706162,"member":"./usr/bin/qemu-sparc64","binarySha256":"950e3652066979ec8cc2f61d23a4ccdb691035ff09131fb8be00d7590a8f2be4","binarySize":13656424},"x86_64":{"asset":"aarch64_qemu-x86_64-static.tar.gz","sha256":"05baa4b70c65ff519536a11989e4427b4457f678e93739e868df091dd6298a8a","size":2835261,"member":"./usr/bin/qemu-x86_64","binarySha256":"c8368e3695b5e6667b69fc8c6108fae350d55cd07d437fb063263433d1bd052a","binarySize":14084024},"xtensa":{"asset":"aarch64_qemu-xtensa-static.tar.gz","sha256":"31e2f51f3882046c3da6267b7f9d5fa64a3188360420b23e304cd31ca9c71566","size":3267570,"member":"./usr/bin/qemu-xtensa","binarySha256":"09f3c46a05d3b5467662c870ef5dc22946e079b53c7ee59b7c51c9db191c6711","binarySize":17805256},"xtensaeb":{"asset":"aarch64_qemu-xtensaeb-static.tar.gz","sha256":"24c56437e260b11b261e24898162aea62af5768c785a2e6247f0cdf7ee742768","size":3251986,"member":"./usr/bin/qemu-xtensaeb","binarySha256":"4f6ddb473ec33b47fc40813eefb335eb32e9171bc113eafdf33ee479e1765c2c","binarySize":17629624}}}}},{"id":"11.1.3+ds-1~bpo13+1","debianVersion":"1:11.1.3+ds-1~bpo13+1","package":"qemu-user","archive":"debian","suite":"trixie-backports","snapshot":"20261129T140931Z","tag":"qemu-v11.1.3-ds-1-bpo13-1","hosts":{"x86_64":{"arch":"amd64","deb":{"path":"pool/main/q/qemu/qemu-user_11.1.3+ds-1~bpo13+1_amd64.deb","sha256":"c22209644efe80e5d7f5ac67d319dc1d91f9f977a3a1cee734952c97d6097172","size":70501080},"files":{"aarch64":{"asset":"x86_64_qemu-aarch64-static.tar.gz","sha256":"e0a7ef2ec3e9fd85d0e44d69f84a674671be5893b4339cff65260caba96909df","size":3645065,"member":"./usr/bin/qemu-aarch64","binarySha256":"51b7a9805f7f2ba8e1a06d141fe28493ba288d38acf74daeba79f1a50a26eb27","binarySize":17238488},"aarch64_be":{"asset":"x86_64_qemu-aarch64_be-static.tar.gz","sha256":"d3f4f38b47105b3bd4953030b9fc6271b59c0c7b5083a3cbb8b4618f7582f8b0","size":3649887,"member":"./usr/bin/qemu-aarch64_be","binarySha256":"3339f627261b9d4e5a306696f375e2bf9a48ebd13d4d209f462959a4d356096a","binarySize":17250776},"alpha":{"asset":"x86_64_qemu-alpha-static.tar.gz","sha256":"7d6b76f0b0b35c49fc68eb556116d0ee8fde7dcb0581d85d77ad184205a4cd81","size":2725215,"member":"./usr/bin/qemu-alpha","binarySha256":"ba987857944c3c9ec634a6224ce29e5c7e3a74790a09fd758d5cb5b92201768c","binarySize":13368472},"arm":{"asset":"x86_64_qemu-arm-static.tar.gz","sha256":"27d31cb63ca757343cb8fca893b4b3cfe9337cf28741b016cfe85ab44d7703e2","size":3111382,"member":"./usr/bin/qemu-arm","binarySha256":"9be5271c9d9d3afc8f6b95f2f4801dfb37ef7062bc204a6d2c1e36cb39e70d0d","binarySize":14707864},"armeb":{"asset":"x86_64_qemu-armeb-static.tar.gz","sha256":"5bf3b567d4fa2c0eab577fb3ee4cb450cc0765ec42e396d744cb610acb92a815","size":3115646,"member":"./usr/bin/qemu-armeb","binarySha256":"c537a4027956e04297fd02aae3ed215cd5f1ca2a6c473c96902359ea77051af1","binarySize":14724248},"hexagon":{"asset":"x86_64_qemu-hexagon-static.tar.gz","sha256":"0339daafd451a650d34bdf94db2616a892961e3d3ef3c97926fe0375f87d6e60","size":3220159,"member":"./usr/bin/qemu-hexagon","binarySha256":"127d73e969051f8659c25069aa26313c70d13b5ef3f5842acb90e58f57a89da8","binarySize":15551416},"hppa":{"asset":"x86_64_qemu-hppa-static.tar.gz","sha256":"c886ed91cbd40dda375a6eb31cbb8b11ac9cc12b260cf9aa3488d432247ae66b","size":2758248,"member":"./usr/bin/qemu-hppa","binarySha256":"fd8a8716474a0d257da39562b29b3141da7e9aea642bedd993179d6ca1462a33","binarySize":13449528},"i386":{"asset":"x86_64_qemu-i386-static.tar.gz","sha256":"fb28b724868075c64d7825929e90ac6e43ccd3e9e548069e7ca7582c7484c3bb","size":2953806,"member":"./usr/bin/qemu-i386","binarySha256":"5f5ea9061438b4ac1726a8a6bade011c244b94b64dbb2346135ef24056c281f4","binarySize":14171256},"loongarch64":{"asset":"x86_64_qemu-loongarch64-static.tar.gz","sha256":"f060225194738ffd378535ec8160e3b13e06463df9a8d473c034b1da7d6e9c29","size":2858366,"member":"./usr/bin/qemu-loongarch64","binarySha256":"fa88e0154a3a981c85a1d72fb8dfaaf19073ae501b5cf1f150cb9dc601cf6bcf","binarySize":13954680},"m68k":{"asset":"x86_64_qemu-m68k-static.tar.gz","sha256":"2f85bb60312514e5cdcf9942abaf65b98a0dabe86153fcc350d400f5ea40ba0d","size":2812955,"member":"./usr/bin/qemu-m68k","binarySha256":"62513fc3623a394eebaa37419e270b49236110570efdd8a6c42ec0c82a8e177f","binarySize":13667512},"microblaze":{"asset":"x86_64_qemu-microblaze-static.tar.gz","sha256":"99d8895177291440922fd54e51ebd45b9bdf043549800df5b549d5d385c366e7","size":2722701,"member":"./usr/bin/qemu-microblaze","binarySha256":"88aa1c4cbbc70f3aec0fb9874a6baa1c8389102cd01af59c289030a2fca7a576","binarySize":13338840},"microblazeel":{"asset":"x86_64_qemu-microblazeel-static.tar.gz","sha256":"9fbd96e8c42f112bb5a9c8ecc76379a4fb9280ccf0c8d0b9bed9733638385f54","size":2718186,"member":"./usr/bin/qemu-microblazeel","binarySha256":"f8417e2adb4531b2f5f4da7050c752203ac2607c0a062104fa0b91457fa3f403","binarySize":13326552},"mips":{"asset":"x86_64_qemu-mips-static.tar.gz","sha256":"73d80f98efec39c348f2d641e99f278e126aa8048356862a428a25f21ca2f635","size":3041011,"member":"./usr/bin/qemu-mips","binarySha256":"a33080dc8acc555939be7c48a1b6296140fae6f6e201045a3f74aa214bd909b1","binarySize":14602040},"mips64":{"asset":"x86_64_qemu-mips64-static.tar.gz","sha256":"e0afc7fdb918399bab6d80968abc6332e0e7567a3221361bb69a22f86c7e7fce","size":3048006,"member":"./usr/bin/qemu-mips64","binarySha256":"ac54383204ced4109309a389f00d5bdd7ef673c97248faf0c66a41e2c189ae89","binarySize":14655000},"mips64el":{"asset":"x86_64_qemu-mips64el-static.tar.gz","sha256":"c8b82689b39933ba9aa8523a948523bb9c07ef36911d725832a4774e3a2beeab","size":3045649,"member":"./usr/bin/qemu-mips64el","binarySha256":"26666b025873ec59adebc77c61e96c33d832866fb86cf805624a67b6a29b3c9b","binarySize":14646808},"mipsel":{"asset":"x86_64_qemu-mipsel-static.tar.gz","sha256":"8d95df7b8c03ea7c0c014a494e61fd53517b98540febe413e3bed3baee3ed730","size":3032894,"member":"./usr/bin/qemu-mipsel","binarySha256":"3aa606e19c59f139ab774dfeec47548d718aed431a282da544dc0e51796f14e7","binarySize":14593848},"mipsn32":{"asset":"x86_64_qemu-mipsn32-static.tar.gz","sha256":"f1025fc79321fb605cf49816255f30d2a118e714aeb3a82e968b2637346ba5d4","size":3050745,"member":"./usr/bin/qemu-mipsn32","binarySha256":"a00014dbb74f50c8ab6635f49551f3710345612db0299c67e16c806e4525bbd5","binarySize":14663192},"mipsn32el":{"asset":"x86_64_qemu-mipsn32el-static.tar.gz","sha256":"c0e6ffa154cb9409dfe62b4cdd90aa18bef78846a60cd77c26fe7c7f3cf36dcf","size":3046590,"member":"./usr/bin/qemu-mipsn32el","binarySha256":"10de80c6f0b0004dd1f0b679dbbe66a3f99f55842fd059ea77642aedf207d3af","binarySize":14650904},"or1k":{"asset":"x86_64_qemu-or1k-static.tar.gz","sha256":"d5868b30a274060915d99d7a7e3a4c81942bb0f757a1520bd152708622ef92d6","size":2699901,"member":"./usr/bin/qemu-or1k","binarySha256":"357e6e003c7459a5fe4a4bef684ba068bc755b7a973e5604831836746a5729ea","binarySize":13279192},"ppc":{"asset":"x86_64_qemu-ppc-static.tar.gz","sha256":"17a8e3a61b5b12dd0bc277881a6eb0317eb444770bd178414407ef03655e3ed8","size":3026319,"member":"./usr/bin/qemu-ppc","binarySha256":"43978d24e8337aba4a7bd5d865385f1b57145893a63aeda32d4cbc243be3f8ef","binarySize":14360728},"ppc64":{"asset":"x86_64_qemu-ppc64-static.tar.gz","sha256":"b02b0d1baec167739524af86e540d436d1a8a710d3e41f225b25467eca4287d3","size":3044556,"member":"./usr/bin/qemu-ppc64","binarySha256":"14d56dfdcaefa692893d3217ce04c93fc5c0d757e82f7a1dc61bad99e6b7d123","binarySize":14435512},"ppc64le":{"asset":"x86_64_qemu-ppc64le-static.tar.gz","sha256":"46686747bef0aa317c88bf964cf87665356daba48d9f68eb1e7aaa0df4ddce16","size":3037085,"member":"./usr/bin/qemu-ppc64le","binarySha256":"ab325926a54a5e5ef297a0679b7cc13939ca2ac0f30ff01ec33c21beea57e5ec","binarySize":14431416},"riscv32":{"asset":"x86_64_qemu-riscv32-static.tar.gz","sha256":"c7fe2f7441bc6ccf603c3de64dad86757cd529b5955ddcbce94d3956077d84d5","size":3000719,"member":"./usr/bin/qemu-riscv32","binarySha256":"d15e165b43b4385948f5bbc9b3440778754dad125d96e976326fbf7a2472b5a1","binarySize":14886168},"riscv64":{"asset":"x86_64_qemu-riscv64-static.tar.gz","sha256":"944ef2bf9921faf38cdcc248c03edf86e15f0a5ed1a708a442ef3af9cc2fb562","size":3015447,"member":"./usr/bin/qemu-riscv64","binarySha256":"1930f2b568df3a6802d4c6c4c0f7d81cb3639fdd86b7fa7191fc486d783f759a","binarySize":14951704},"s390x":{"asset":"x86_64_qemu-s390x-static.tar.gz","sha256":"59276f9572c5af4b709ff57111070cbff34201885b2d09071263f041782e1e5c","size":2866819,"member":"./usr/bin/qemu-s390x","binarySha256":"2bcfb17b00ea62fa33bd2bf5b87c73a9be9c010f84a25fbf60898863d3626897","binarySize":13881688},"sh4":{"asset":"x86_64_qemu-sh4-static.tar.gz","sha256":"9936a4b45bead5156cebf6ae69f4167ff29519718112133f53efc03ec2ca1294","size":2724305,"member":"./usr/bin/qemu-sh4","binarySha256":"0a25e9457654fa6763f630ca04a69eb8c25cf2e5c9d3233b2fff733a48efe637","binarySize":13361016},"sh4eb":{"asset":"x86_64_qemu-sh4eb-static.tar.gz","sha256":"72043626c5cae104f18ab4ee42c0c10bb89b600441367055f376488c8f947c00","size":2727676,"member":"./usr/bin/qemu-sh4eb","binarySha256":"ca972d37b4241dde22f8dc7039b5d0342b02a53209525621ee074f3e9b2e4e4c","binarySize":13373304},"sparc":{"asset":"x86_64_qemu-sparc-static.tar.gz","sha256":"556efa9ea60de3d0f48be209ba6d49d88046ff518705b993b5ac0837b3991736","size":2776725,"member":"./usr/bin/qemu-sparc","binarySha256":"a0e64b827fb923b38b3323bc4226214870c0a68cf85d343b80fb68859742def2","binarySize":13621176},"sparc32plus":{"asset":"x86_64_qemu-sparc32plus-static.tar.gz","sha256":"95e861583ad39d9fbe79c0cdfc32be6ac899c636bd0f6b85c76ee51d5f74387b","size":2809705,"member":"./usr/bin/qemu-sparc32plus","binarySha256":"4a6338e270de692a8e73f6a9c4604d2ac7af7cdb5adf3a1dff9b57a130ea0971","binarySize":13709784},"sparc64":{"asset":"x86_64_qemu-sparc64-static.tar.gz","sha256":"1d072ff9fcfa525d7b487d105fd31edf13ab58fd2598bbced73060d44c07cc0a","size":2806668,"member":"./usr/bin/qemu-sparc64","binarySha256":"8e9f78730c6badbaaeacfc07c447373646810b19c868e28878b7904ed448e0d4","binarySize":13701592},"x86_64":{"asset":"x86_64_qemu-x86_64-static.tar.gz","sha256":"830731e0f552705d79396389c25551ddf6ae7f05a5d5033d57a62a4a3bca5024","size":2946196,"member":"./usr/bin/qemu-x86_64","binarySha256":"fc84f7f32cd12884be92e8576e9362846b93b2b9169353ad0be9658b2cdae4cc","binarySize":14159736},"xtensa":{"asset":"x86_64_qemu-xtensa-static.tar.gz","sha256":"b232519251e468503d09cd18cf89fc25bc1f6885470c4c46db2b39a6918bada6","size":3380591,"member":"./usr/bin/qemu-xtensa","binarySha256":"c339904cbe081038ae8752cfaca7cc7ff95900dfeee22ecd47a5d51574b1cf0e","binarySize":17637592},"xtensaeb":{"asset":"x86_64_qemu-xtensaeb-static.tar.gz","sha256":"7caa10a67bb40cb05953c101f5cf468ce2ddb0bacb43a4519de38d8109dacb02","size":3363644,"member":"./usr/bin/qemu-xtensaeb","binarySha256":"c1bd39b9860b57555da307a7a53f00b8bfd222432a92bb01489c855244e255ee","binarySize":17477688}}},"aarch64":{"arch":"arm64","deb":{"path":"pool/main/q/qemu/qemu-user_11.1.3+ds-1~bpo13+1_arm64.deb","sha256":"ef95ad07d63b8111c1dab7956e54a374c02b95d3916ec06323a3df8b2caeabe9","size":63682680},"files":{"aarch64":{"asset":"aarch64_qemu-aarch64-static.tar.gz","sha256":"ed18cab5602652c8908f072d8a47398150561a454286370f4d66dd82acd84c00","size":3543320,"member":"./usr/bin/qemu-aarch64","binarySha256":"441d1bf80451feb3a715bd6157d8753f1024e8e6f47a6deb4f68d583104c2e4b","binarySize":17188632},"aarch64_be":{"asset":"aarch64_qemu-aarch64_be-static.tar.gz","sha256":"58caa673e285761b0f8b4e2b2f817ebc7889a9b6fb950157c9e1a8aecfd8e03d","size":3548518,"member":"./usr/bin/qemu-aarch64_be","binarySha256":"39ea92117540f81676b03298be2100aadb15b9d3a44f7be95c806f4161a5c114","binarySize":17188632},"alpha":{"asset":"aarch64_qemu-alpha-static.tar.gz","sha256":"c3c5780a1aff4e771fc581eaaebd34549887a5ea5a74cd1d1a1c13a45fc138cb","size":2627702,"member":"./usr/bin/qemu-alpha","binarySha256":"dc85de5a04b35e0f12c55915032d26644f7623b6873ced3cdef2fc7ae89b6d6d","binarySize":13323672},"arm":{"asset":"aarch64_qemu-arm-static.tar.gz","sha256":"9051edbef34a199979bfb29a289bf65eeb2fb78e3fe86fb19affce27f1ef9db4","size":3014277,"member":"./usr/bin/qemu-arm","binarySha256":"cfbb89b18d17cf12897da6653d2843b4f7a32f451470ae8a8541d415aa9f9665","binarySize":14696536},"armeb":{"asset":"aarch64_qemu-armeb-static.tar.gz","sha256":"9b801b783284d4b36750a770147e2d3d52fb36fca4f2158e27df2ff466e463ce","size":3019744,"member":"./usr/bin/qemu-armeb","binarySha256":"d7a4d0e2a4ce96df1c5c09a4a9f23e22e7352eb15bfb2018bbbdc858b1e59aad","binarySize":14696536},"hexagon":{"asset":"aarch64_qemu-hexagon-static.tar.gz","sha256":"07770aa44fdbd0cc38d7c9b9722ed66a315e498eceae61680a5eb571baea1ff1","size":3057598,"member":"./usr/bin/qemu-hexagon","binarySha256":"db8933a5f80578c84a3d26195fe05657207a972e33a2213a174f7f4bd0e8a29a","binarySize":15450632},"hppa":{"asset":"aarch64_qemu-hppa-static.tar.gz","sha256":"4c2a0d369d2fbf2125e20b8be229f2460a4b5476816ff3b4f14d95242065fafa","size":2658945,"member":"./usr/bin/qemu-hppa","binarySha256":"15e6e02c2c162b462c4ac2acbd978324c5af1c445e0d9d93f67fe0bca689da9b","binarySize":13388424},"i386":{"asset":"aarch64_qemu-i386-static.tar.gz","sha256":"40cd87c2eca1dddd90ff259e8baa4a715abf64ede761393fc73c27a995b63b83","size":2839587,"member":"./usr/bin/qemu-i386","binarySha256":"cef2b5bffce3e53771eddca713ffd6ff8061e596e37cc4a1ec92b25d8a1d7c02","binarySize":14083320},"loongarch64":{"asset":"aarch64_qemu-loongarch64-static.tar.gz","sha256":"82c565a7d984d7d0c472ad110370604e714d6021bd446f6e057603b71f8ac1a3","size":2761320,"member":"./usr/bin/qemu-loongarch64","binarySha256":"c0a92eb117f8505e9a7012cefc3c20aaa2b2d08cb1beec30144e8065ff526279","binarySize":13893432},"m68k":{"asset":"aarch64_qemu-m68k-static.tar.gz","sha256":"324f16b7c53dc04a431e4f31b8fa194bb0b6f096ef224c95045765c053714ef3","size":2710857,"member":"./usr/bin/qemu-m68k","binarySha256":"741a0a46053b6b6a5203c42c0da0aac5d6fb25224565bda7437d130dd64ae490","binarySize":13655112},"microblaze":{"asset":"aarch64_qemu-microblaze-static.tar.gz","sha256":"7efb5493a5728f31dcc67492377a76cbbe43aad571e5df7ad8f87f1c4227084c","size":2626643,"member":"./usr/bin/qemu-microblaze","binarySha256":"ffdbcbeeeec5a992ec3f03a2d980dec4f815376e723bb5155dc455a670780bd9","binarySize":13319000},"microblazeel":{"asset":"aarch64_qemu-microblazeel-static.tar.gz","sha256":"60425dff57764137cf637d67e3cb6633d111167d7959fc18a4292f12bf04e04b","size":2621234,"member":"./usr/bin/qemu-microblazeel","binarySha256":"4b57943aab1d44ce4b249cf38a7144cdd06af1535ef68ef2a58f9e96964cd98c","binarySize":13319000},"mips":{"asset":"aarch64_qemu-mips-static.tar.gz","sha256":"a2b23462f927c38448fa17657119646f45a853ab0f538d5ad1acbb2d18601e7a","size":2916843,"member":"./usr/bin/qemu-mips","binarySha256":"b31ac9b43db23395f9d8e7e780ddfa7200483af5bfaa004379ee63a305e9cdc3","binarySize":14509704},"mips64":{"asset":"aarch64_qemu-mips64-static.tar.gz","sha256":"6b8c7e56ec7894d5b3ce673b94b0db1c7ea8f82648ff2569e6247479b9c1b4f9","size":2929843,"member":"./usr/bin/qemu-mips64","binarySha256":"3305d25c6815d1ddf1d2c6eaf1d91d0036bc6a47a3c2b4f52be7aad3bbe8600c","binarySize":14586248},"mips64el":{"asset":"aarch64_qemu-mips64el-static.tar.gz","sha256":"7749c8d43f6af805a9fb15a32936ab71c1628778ebf0b6920e4103ea998283a2","size":2923809,"member":"./usr/bin/qemu-mips64el","binarySha256":"dbd792b44063f34b450ca3a969cda3902559a5826d3786c24c175a46858d275c","binarySize":14586248},"mipsel":{"asset":"aarch64_qemu-mipsel-static.tar.gz","sha256":"ebfd7be5075cd9c2f87f4aebdcc99f1a90c1869bda1ce9eda9bc40e8214658a9","size":2919602,"member":"./usr/bin/qemu-mipsel","binarySha256":"1ebc282dbd8a9c70a2a1bb0d5037d8068917a315516c9a662958ada3044b603e","binarySize":14509704},"mipsn32":{"asset":"aarch64_qemu-mipsn32-static.tar.gz","sha256":"63809a8416c527fd97e758e6b129a74397b5983f7be709c0734606b4493e68d5","size":2929197,"member":"./usr/bin/qemu-mipsn32","binarySha256":"e27d7395814afa4cdb0e268812c68a908bfd2e17dcadc2cd8feb62547a01b6f2","binarySize":14586248},"mipsn32el":{"asset":"aarch64_qemu-mipsn32el-static.tar.gz","sha256":"ffb221e1dc7f83b408a4fe3537d999d6a0a9c4423037dc57bbc21c5f335840db","size":2931079,"member":"./usr/bin/qemu-mipsn32el","binarySha256":"8438b42adeaa2813dad978924afd8b4ada897b7b386183b1da1fe71cf873cca5","binarySize":14586248},"or1k":{"asset":"aarch64_qemu-or1k-static.tar.gz","sha256":"8057a8713c165fc8df4bd657fa34e59d0c5bf43d8b26ed780f655845c0025549","size":2601732,"member":"./usr/bin/qemu-or1k","binarySha256":"90acfc0122cafc734f36b1f5d1f19cbaa34c86681203b6a97302980f380f16bc","binarySize":13255128},"ppc":{"asset":"aarch64_qemu-ppc-static.tar.gz","sha256":"4e77b7cbe562e348985fbf597067f496f0a80022d6e9055a20a0537c041859ca","size":2918576,"member":"./usr/bin/qemu-ppc","binarySha256":"ba4f1a76df4f99a2dd9729f4a894d6589e692847d779ffce1b4b0293f33d0119","binarySize":14393336},"ppc64":{"asset":"aarch64_qemu-ppc64-static.tar.gz","sha256":"3d9eefa8493b28453e23e8298440c6d04600e04e5aa165ec80d1556aa2484317","size":2935449,"member":"./usr/bin/qemu-ppc64","binarySha256":"1e348f5adb10c5d6376e6e173f8caffd7ec4aff2d3e56b1d606635e8ab468de0","binarySize":14398392},"ppc64le":{"asset":"aarch64_qemu-ppc64le-static.tar.gz","sha256":"ebeab949cb69487d0141045cb62cd8d1344c4c0235b236a1f136144ae1474b8b","size":2930266,"member":"./usr/bin/qemu-ppc64le","binarySha256":"d4e87b4a7e0a4491b73bad04e19fc0fc1a546d197097564257ab0b5f2ac9fe08","binarySize":14398392},"riscv32":{"asset":"aarch64_qemu-riscv32-static.tar.gz","sha256":"91d045c044cdeeaf67ee5ba7ebf4e9b802d5fe2aff57fb4937d3aa3655761c06","size":2898230,"member":"./usr/bin/qemu-riscv32","binarySha256":"32d9aecf75e9c3f252189aeaab02432f85209a4baa790ef57ea3c447a6b74dfe","binarySize":14868936},"riscv64":{"asset":"aarch64_qemu-riscv64-static.tar.gz","sha256":"c252df4ed23fbed81a35951732cb3da4037eab48ba4b39e5cad0c329c4d42029","size":2906942,"member":"./usr/bin/qemu-riscv64","binarySha256":"4f2a1d48c78e99801f0e00e8a83ec689b797d123757a4c551af8f12705608f02","binarySize":14934472},"s390x":{"asset":"aarch64_qemu-s390x-static.tar.gz","sha256":"3c6ccc0365b6498f63bd362b20303316d0c05d53f94f1401b193283ce3c99a62","size":2766453,"member":"./usr/bin/qemu-s390x","binarySha256":"2fefcaf25171cc49af6cd1add298ece8204c1ed4e0ecd465401524da9a161118","binarySize":13822584},"sh4":{"asset":"aarch64_qemu-sh4-static.tar.gz","sha256":"6334d983532990719028e48fa0c7df0049e3827275062a85a24f95b5c3d7b7a2","size":2627949,"member":"./usr/bin/qemu-sh4","binarySha256":"1948817366c2e59ea3afaf58875a5c9d654d294beb42f79fa02cc49357776fd9","binarySize":13320600},"sh4eb":{"asset":"aarch64_qemu-sh4eb-static.tar.gz","sha256":"ff4f0abfc42c869d297b6c99901e10988ed6f3347b1130a5acc4546992793a95","size":2634150,"member":"./usr/bin/qemu-sh4eb","binarySha256":"b909110c012a3ceb5e618836c001f6c78a41a85c15b995a5d85f79fa2378570e","binarySize":13320600},"sparc":{"asset":"aarch64_qemu-sparc-static.tar.gz","sha256":"e049b5dcfd6ceac29cece0781d9c05a843f01654b4d75add8ee7e6959470751a","size":2680212,"member":"./usr/bin/qemu-sparc","binarySha256":"8570eb36b3d7bfcae7b263ad5a3bb80c39206adb9efd40f5fc89cf812388eb87","binarySize":13584680},"sparc32plus":{"asset":"aarch64_qemu-sparc32plus-static.tar.gz","sha256":"731ee837929bdc72ed6cb560e3c0cba7104026eea2f36f641baba67a0a37a799","size":2713546,"member":"./usr/bin/qemu-sparc32plus","binarySha256":"2369ded02114490cd9d888ddeef1b09ac7a00db55929daf7fe23631df4968c22","binarySize":13721960},"sparc64":{"asset":"aarch64_qemu-sparc64-static.tar.gz","sha256":"f14d1315e8a5fd931fdc2d969ebbb6a8cfe3756a06bb044cf4e717cf175fa3b6","size":2703472,"member":"./usr/bin/qemu-sparc64","binarySha256":"a63fa94bf2772ff4dcc7f56f510f3a2fa76717e9fb8d4afa12753d711bb01e59","binarySize":13656424},"x86_64":{"asset":"aarch64_qemu-x86_64-static.tar.gz","sha256":"0384afbb4794866b5f5076af5dbe99f1fb97a6d9bb32be5e4b9a621dd09f2b5a","size":2833913,"member":"./usr/bin/qemu-x86_64","binarySha256":"b9ad2fbba40abc6c42802a087a7e18c4dd6c3eaaf2b43c1e2d9184dc819bb5fe","binarySize":14084024},"xtensa":{"asset":"aarch64_qemu-xtensa-static.tar.gz","sha256":"22bec72affb298768c975fe53154469871b488c45bc42abf8a8dabe17125e519","size":3267622,"member":"./usr/bin/qemu-xtensa","binarySha256":"27ece3c5444f6d482fc90c0e10dddd33f32f087c7a7d73715bcebbb7f38967cd","binarySize":17805256},"xtensaeb":{"asset":"aarch64_qemu-xtensaeb-static.tar.gz","sha256":"7b862ab813359b5cfa6e24f95c6dd47504f773aceb795c42e2dd8fa31d3be654","size":3252915,"member":"./usr/bin/qemu-xtensaeb","binarySha256":"8f690e90f2d28c63b330b329637513c21d148f231f7a3f3f91c769a924ecdbfb","binarySize":17629624}}}}},{"id":"10.0.13+ds-0+deb13u1","debianVersion":"1:10.0.13+ds-0+deb13u1","package":"qemu-user","archive":"debian","suite":"trixie","snapshot":"20261122T091544Z","tag":"qemu-v10.0.13-ds-0-deb13u1","hosts":{"x86_64":{"arch":"amd64","deb":{"path":"pool/main/q/qemu/qemu-user_10.0.13+ds-0+deb13u1_amd64.deb","sha256":"ca6ede739327a20ae5a3498230c8a3a9a072c586e131bc6bcc1201eb1725e336","size":71089852},"files":{"aarch64":{"asset":"x86_64_qemu-aarch64-static.tar.gz","sha256":"d5821e470479a235635ddc7c66687d88d26c77e4e46e57812f9fe5f11df2d6f0","size":3548499,"member":"./usr/bin/qemu-aarch64","binarySha256":"73cc2584f119f9e74c85c0a8549dbb6fd104ae3897a06a7500797f9e5b4d0943","binarySize":16661520},"aarch64_be":{"asset":"x86_64_qemu-aarch64_be-static.tar.gz","sha256":"01254990393f1e2db5bd3edddfc6fd89378ae9fe602822b62c902a2aaeba51b2","size":3552879,"member":"./usr/bin/qemu-aarch64_be","binarySha256":"35dc4e3f5fd98e64829cb7c1510eaca650477d362e133272c98f54fe779fdb96","binarySize":16669712},"alpha":{"asset":"x86_64_qemu-alpha-static.tar.gz","sha256":"731c9eb50b4912bfe180546f6b46da72ac066d2605c428c6e1ebd6116259f272","size":2755613,"member":"./usr/bin/qemu-alpha","binarySha256":"fd729e90326f52e7fd0b0c46c666e50d67803a1f9fca4e524e3ce1061d9bc4d5","binarySize":13310160},"arm":{"asset":"x86_64_qemu-arm-static.tar.gz","sha256":"4623da5f4af1661b2cfdf5d50be70c528cb0b1a43022cebdf0951e3c2356542c","size":3144031,"member":"./usr/bin/qemu-arm","binarySha256":"94f4d938a299230026c759b348a5c8f8eaf05969ee5d7a6819598de8c6d342bb","binarySize":14674352},"armeb":{"asset":"x86_64_qemu-armeb-static.tar.gz","sha256":"a0299aa44272ac7ca5bf09b7e665a539c54e9b9dcccffe1d6b81d680fa3a78fb","size":3149446,"member":"./usr/bin/qemu-armeb","binarySha256":"97e7a05bf0da9523eb5ecc810b074982aeb5120e7598960f314591c9da86c13d","binarySize":14690736},"hexagon":{"asset":"x86_64_qemu-hexagon-static.tar.gz","sha256":"a280424ab71889cfe90b310e8e780a1ff207c3b20eedd9143a300928006ccc6e","size":3236974,"member":"./usr/bin/qemu-hexagon","binarySha256":"1434d1884d1bec1b77dae3961d920e2f12a381c005437a4221d3df55f04a7bb5","binarySize":15410864},"hppa":{"asset":"x86_64_qemu-hppa-static.tar.gz","sha256":"81045ac907ccdd4636275c21b4b060b43d9733de8ba3cfd722622d8bc855c8c9","size":2788661,"member":"./usr/bin/qemu-hppa","binarySha256":"bd7f666866cde10c1d04428f50d21b8d81e7ddd264d75861d7805a7a2adf747b","binarySize":13383024},"i386":{"asset":"x86_64_qemu-i386-static.tar.gz","sha256":"5c7c1cab2901260d2f21fab05b2cf8dc6471d8841b7353d8eb62be50477854b5","size":2983577,"member":"./usr/bin/qemu-i386","binarySha256":"3378bb95493e33dc6cb215a8d89c4aeb58d12201b817413a4c0449ffa5abb443","binarySize":14087856},"loongarch64":{"asset":"x86_64_qemu-loongarch64-static.tar.gz","sha256":"c2d8c11e3a342ed5df40c5d73d3d916685effc4ba62ac5fe9787de2283ff272d","size":2891132,"member":"./usr/bin/qemu-loongarch64","binarySha256":"b09614fd066fb73ecc02d026b61d20b1fc6ac9f6403476f5ef395346f6ce2d60","binarySize":13896336},"m68k":{"asset":"x86_64_qemu-m68k-static.tar.gz","sha256":"8a8b927eb6c0c1a8b45c7f4939c389fcf38ef43bdeea04fc1adc5d87ee8a8e88","size":2846721,"member":"./usr/bin/qemu-m68k","binarySha256":"fa4bfd33554d6aaf2243358ff63b550380b4e938c52148a3bb7d576661df1ba9","binarySize":13613168},"microblaze":{"asset":"x86_64_qemu-microblaze-static.tar.gz","sha256":"ddb33bfecadd00fb2f70501680c5d5b5b609f8cb0182706393cc284a3d690a36","size":2756862,"member":"./usr/bin/qemu-microblaze","binarySha256":"b4c987f122dd933712f3bf0f083aa52bcd085f58d68c246211ea86c1f03a20d8","binarySize":13288688},"microblazeel":{"asset":"x86_64_qemu-microblazeel-static.tar.gz","sha256":"854e23e92b4434b2fd550c2722825f3bdd8f6847ccba56b2fe22654d9ef0e52b","size":2752353,"member":"./usr/bin/qemu-microblazeel","binarySha256":"7bb343956a1edd3f69abd534203a36eb7d12d54df0060e9655d7c8bb36ddd495","binarySize":13276400},"mips":{"asset":"x86_64_qemu-mips-static.tar.gz","sha256":"2972a28a7885d326a36d34cd9a509223f21863602ce34675d09951d4e531ebad","size":3027857,"member":"./usr/bin/qemu-mips","binarySha256":"7ccb9c526e2eec1c24a984cc5172619ad88e34025f3f2d7014ec3867ad1c1b45","binarySize":14464112},"mips64":{"asset":"x86_64_qemu-mips64-static.tar.gz","sha256":"c353d7e5fd67f9fdc57a63279bc0ec5462750a981cebd733d0d62c3123df5ffd","size":3028065,"member":"./usr/bin/qemu-mips64","binarySha256":"3220e7913d739200dc4e390d7cdeca8fb3aedaa49d47b01398fc1b9f9b2d4c88","binarySize":14496592},"mips64el":{"asset":"x86_64_qemu-mips64el-static.tar.gz","sha256":"485783c124e60b37c4193cdf086529ba6827715fe7e25cdf41e23118df700640","size":3024137,"member":"./usr/bin/qemu-mips64el","binarySha256":"34b47fcbaecc5c9cecc9293e097f61d8773c2d8b2578d06692494cc5a04ed149","binarySize":14484304},"mipsel":{"asset":"x86_64_qemu-mipsel-static.tar.gz","sha256":"d069607a37be4ed44bd45ba553b00d3e33b6311d104bcd7f2ed017bab77d07d7","size":3023574,"member":"./usr/bin/qemu-mipsel","binarySha256":"40be2a933d47494134ddc8947ce09c41af6ea29056a4e552da8e8cd8375f2229","binarySize":14451824},"mipsn32":{"asset":"x86_64_qemu-mipsn32-static.tar.gz","sha256":"0e061cb27556fd8225fae561ce104ab8259b9c1c814c9132e6f895e6898cd43f","size":3032727,"member":"./usr/bin/qemu-mipsn32","binarySha256":"0c36c9d5d62fdcf9ca35af02e6b8e2156432d64521e40382f46c98c3fa4e9802","binarySize":14504784},"mipsn32el":{"asset":"x86_64_qemu-mipsn32el-static.tar.gz","sha256":"93efe3d8e149d7617d23c8edfad3c348d3dc1d5efa17932fa872d8874e2de864","size":3026420,"member":"./usr/bin/qemu-mipsn32el","binarySha256":"572f2913d3295c63b14702ea463f8dc77e6d80239e27db1be4dc94442cfd7d86","binarySize":14492496},"or1k":{"asset":"x86_64_qemu-or1k-static.tar.gz","sha256":"08855388598c295ebae08920ca4b8af3c9bc6b68e8ca8e3432b966fa7c1d5a31","size":2734918,"member":"./usr/bin/qemu-or1k","binarySha256":"a2563037f0d32ef20c0b997ca30f2dd1d58e1efdf264cb5af2f4d67c0e282658","binarySize":13216752},"ppc":{"asset":"x86_64_qemu-ppc-static.tar.gz","sha256":"42a16b0c4d48e252b7018606444b0741bc56066c7f82610360d4c1438ef6716f","size":3051683,"member":"./usr/bin/qemu-ppc","binarySha256":"5beff7081702ffa17d0543cfa0fbccc01d4d8dd7d3563508c1546e19bb13f8e2","binarySize":14299664},"ppc64":{"asset":"x86_64_qemu-ppc64-static.tar.gz","sha256":"f14b62e31fc7aa26ae3cb89d4b9fb0b09f8d3ab9a0f7e5c498d9c1afee41a781","size":3066453,"member":"./usr/bin/qemu-ppc64","binarySha256":"daac0fa143cd875dc37d9ad6f11e243bb5c6ed92c13de7298169e60f2c267b9b","binarySize":14374480},"ppc64le":{"asset":"x86_64_qemu-ppc64le-static.tar.gz","sha256":"0380c496f032cd28ecff01ecb546891b12ce418ada9f922c3df1f28b873e19d4","size":3064495,"member":"./usr/bin/qemu-ppc64le","binarySha256":"450b03fd35025e483e9347e59f444ab45ab5a232047d04b036cd1c4ebcf42e89","binarySize":14362192},"riscv32":{"asset":"x86_64_qemu-riscv32-static.tar.gz","sha256":"af14b0e0bd9e4ca839c5005c8be768bc03e222c25ff1ad22f4eb065d8b6e383d","size":3015338,"member":"./usr/bin/qemu-riscv32","binarySha256":"0aa7f21eae2ad26685d35ffde603165a843a795880c2e2db6fb70cef60007962","binarySize":14755792},"riscv64":{"asset":"x86_64_qemu-riscv64-static.tar.gz","sha256":"55f83c796c16b9dc3c4493219d1848b96485fed254c663571729b2d5fdad6a93","size":3032307,"member":"./usr/bin/qemu-riscv64","binarySha256":"f2bb9b35eb97fc6b67c43a65d944ea9dcd7b1908df95faf28cea68511e762dc5","binarySize":14821328},"s390x":{"asset":"x86_64_qemu-s390x-static.tar.gz","sha256":"7f80bd3fd132499ec0355adf149b92a5a0428cec221442ed9ef7172fe77808cf","size":2899569,"member":"./usr/bin/qemu-s390x","binarySha256":"9f97454561433373d0e0c14b6decabb0fd4c150cdd102299704498bc0fc7d7d2","binarySize":13831440},"sh4":{"asset":"x86_64_qemu-sh4-static.tar.gz","sha256":"4f88cf9d6092d4b196955efbe145ae17537d72c37b43cdf6d60a34cd1ce6f96a","size":2757630,"member":"./usr/bin/qemu-sh4","binarySha256":"ecdb22e998401e4ea3e3890ea6ff475ea18bd8691346888ff3b980c62a43c1ec","binarySize":13302704},"sh4eb":{"asset":"x86_64_qemu-sh4eb-static.tar.gz","sha256":"7786ea95b16c1e5e103b684b7a6ad1b5273a93693232954a751872f133e7a3da","size":2759018,"member":"./usr/bin/qemu-sh4eb","binarySha256":"9eba081ea97ffb076bc15746306e99c7c580c476bba9144a001eb5ce4f149c5f","binarySize":13310896},"sparc":{"asset":"x86_64_qemu-sparc-static.tar.gz","sha256":"9d0fa316fc615280b92115332361581dd0f6931a1d39ca8c7006a191aebca941","size":2812190,"member":"./usr/bin/qemu-sparc","binarySha256":"540e9b0cfabd1dbea2ec778dabe772d67e298087ba743a18f054a0772c9d1387","binarySize":13563792},"sparc32plus":{"asset":"x86_64_qemu-sparc32plus-static.tar.gz","sha256":"dfd002ad5257f633a19891b1c6173e689a8043a9d49b1426d5a8fdef3a982347","size":2840172,"member":"./usr/bin/qemu-sparc32plus","binarySha256":"a7b0619412493d43a6f2c9ebd875eecb6c78afc3f56f5d86414c52c1e3689a55","binarySize":13651472},"sparc64":{"asset":"x86_64_qemu-sparc64-static.tar.gz","sha256":"35ed06ca7a9403a347194af68764431637b05e03028877adcbb0ca0cb56d54f8","size":2836222,"member":"./usr/bin/qemu-sparc64","binarySha256":"d16fd1b5b95cbe0ad638c0a3fd74c4ae0cc8085a4dd8aba11eb526d721ec266a","binarySize":13647376},"x86_64":{"asset":"x86_64_qemu-x86_64-static.tar.gz","sha256":"517e083fd22f3c3b47bad71281ab750674d159ddb921b3e60d029f70b1223b6d","size":2977451,"member":"./usr/bin/qemu-x86_64","binarySha256":"36d35ffe5363bd49bfa9c2b6a048e9fb2e798fea38285a5a45f52d34f9869089","binarySize":14072240},"xtensa":{"asset":"x86_64_qemu-xtensa-static.tar.gz","sha256":"8a0da159e8ef28be7b62ed3b4a218aa0a1c15e9aec0b4693fbc8d64af8f077cc","size":3418280,"member":"./usr/bin/qemu-xtensa","binarySha256":"fa66e1feea0b9fd0ae7f621a1bf95ec11ebc14b06df1d95d51ed53ca6dffab6e","binarySize":17575184},"xtensaeb":{"asset":"x86_64_qemu-xtensaeb-static.tar.gz","sha256":"d73c06ca387e409f166a01b315a84c9d8af10c9392d1914e7d13ccfbf7dba699","size":3398837,"member":"./usr/bin/qemu-xtensaeb","binarySha256":"4ade49c738b742443d403d97be6442970259b45a5043eea84bd4e89d728fc60e","binarySize":17419376}}},"aarch64":{"arch":"arm64","deb":{"path":"pool/main/q/qemu/qemu-user_10.0.13+ds-0+deb13u1_arm64.deb","sha256":"c73711af02b97cd5e2667e735d9c06890c57165517110ca4e646c95a7083158d","size":64178608},"files":{"aarch64":{"asset":"aarch64_qemu-aarch64-static.tar.gz","sha256":"5637b13abcbe759a58ef52eb81c8e2dfe9fbf68dfae88e2d933ce798d001a369","size":3450139,"member":"./usr/bin/qemu-aarch64","binarySha256":"088500814a5a8e0e0ee3cad0f6c600b5dfa261f77cc0e6460f81b0b616e09509","binarySize":16630944},"aarch64_be":{"asset":"aarch64_qemu-aarch64_be-static.tar.gz","sha256":"e2441b992e08267ab14f405cb465705a166b5d9981a0cf28c394d957451160f5","size":3452592,"member":"./usr/bin/qemu-aarch64_be","binarySha256":"f2965f89097af5c4004c3ef0e50b164ce5ce26c9bcf7297c24f61006b64287ca","binarySize":16565408},"alpha":{"asset":"aarch64_qemu-alpha-static.tar.gz","sha256":"6db8f5d1dbbd7dd4c13c43714de6a0e8a83a529f7e9b886091143e93a8171b0a","size":2659226,"member":"./usr/bin/qemu-alpha","binarySha256":"e48ab3fc37e122bd0cbd2458988cba5a6db0e3bda3e374d953879620dabf9848","binarySize":13257136},"arm":{"asset":"aarch64_qemu-arm-static.tar.gz","sha256":"cb1f8efa06eaad4e9dac3475ced0524001d121501ea74217b4676c13dae0cc85","size":3051523,"member":"./usr/bin/qemu-arm","binarySha256":"c21b6dd2a49ce67a0b207095da9c3ced2816a1fac8267978fac270358e261a41","binarySize":14633952},"armeb":{"asset":"aarch64_qemu-armeb-static.tar.gz","sha256":"3a540c86686ad5570f1e055ff0a81944c33916a90b4e4dbe16fb04af29725bc0","size":3054658,"member":"./usr/bin/qemu-armeb","binarySha256":"9df9907d822b76fbd7dcd3bc1cd83d71b2c3ba7eac2813e9229667b9df2650d5","binarySize":14633952},"hexagon":{"asset":"aarch64_qemu-hexagon-static.tar.gz","sha256":"641611727c3126a01d09cdeb1826968a23fc91b14f4b1d54c15cd8e35fff2667","size":3079356,"member":"./usr/bin/qemu-hexagon","binarySha256":"ad9d2489547541f725bfe7847c26566d9077bad2badd00f12aefe5146765af5b","binarySize":15318304},"hppa":{"asset":"aarch64_qemu-hppa-static.tar.gz","sha256":"47447e975bfdf14ceaa28f30a98b29559a16e9e88cd40bff684294b18740a571","size":2689454,"member":"./usr/bin/qemu-hppa","binarySha256":"d34abe8976d8cf5724acde0342bfcc215d48323837a7de90a1e20bce26ae1bfb","binarySize":13387424},"i386":{"asset":"aarch64_qemu-i386-static.tar.gz","sha256":"180463fae83631d45de28e256a4da92be9d7704a14309f50ac2f084743e9288f","size":2872251,"member":"./usr/bin/qemu-i386","binarySha256":"05861488755f4f14fad16200cb9d33257654b48206ced0be2b8a64b954870a7f","binarySize":14008288},"loongarch64":{"asset":"aarch64_qemu-loongarch64-static.tar.gz","sha256":"a190ee7696c4a8bd418a5bab7896053112bc823d80691ff966eea5459bb94752","size":2797212,"member":"./usr/bin/qemu-loongarch64","binarySha256":"853f8e5dc2aeae96eccea1d859060708c11473722834b6a594a89ea09f5f04d4","binarySize":14023504},"m68k":{"asset":"aarch64_qemu-m68k-static.tar.gz","sha256":"e43abd99c30409dceaa7d2c4988a9d7e41e0e9cbc9459fb107b3328d3759716e","size":2745359,"member":"./usr/bin/qemu-m68k","binarySha256":"c6a57edde54c345f16f2063890e7b2e96060b4ca4254d87326381c218c678474","binarySize":13588496},"microblaze":{"asset":"aarch64_qemu-microblaze-static.tar.gz","sha256":"ff12aeed8c39615d5f3f9d94a158b795b88607325b3c464f71e06dc651de84e4","size":2659885,"member":"./usr/bin/qemu-microblaze","binarySha256":"12bf4a0878ff50d41497ecf8a9901d5456e8e8c6e9eb5cac1af3bde06d2168db","binarySize":13252464},"microblazeel":{"asset":"aarch64_qemu-microblazeel-static.tar.gz","sha256":"195331d8fac8636dd72837d14576a71d0745e98fb170b573594670d3d09ef0ed","size":2656120,"member":"./usr/bin/qemu-microblazeel","binarySha256":"cf59442aa7276d910898009954f5e73c91c2eaadb8926b22f98f7b54db02e956","binarySize":13252464},"mips":{"asset":"aarch64_qemu-mips-static.tar.gz","sha256":"de84a8c309cdf0388880317e4e684d2f71c13ddbe602214c550fbeca3e89100a","size":2906146,"member":"./usr/bin/qemu-mips","binarySha256":"2ab653d83a3928acaadf51a387e4f8b89ffde97ec91eb32cec479aad836af7f4","binarySize":14372272},"mips64":{"asset":"aarch64_qemu-mips64-static.tar.gz","sha256":"93a1b07a5a97d849095ead79eb7d05fb08e541f426ab3cb6cfd6737c4c2303b5","size":2905995,"member":"./usr/bin/qemu-mips64","binarySha256":"5a8fd08e74c50e40209505abebce63c64e5dd231f41ed5e7863facb3690443f9","binarySize":14383264},"mips64el":{"asset":"aarch64_qemu-mips64el-static.tar.gz","sha256":"dc5023b6958b3de0ab8d912947de64ffc9974cb87fd47caad8188c9036b40b1c","size":2902235,"member":"./usr/bin/qemu-mips64el","binarySha256":"f450e135b76bdf574c42555949fa802659b644522d4cf5dab7a0aaabb1916b44","binarySize":14383264},"mipsel":{"asset":"aarch64_qemu-mipsel-static.tar.gz","sha256":"5cc85715805bd24c84fca8e9f7bb24550fbec93e055b86fdffa1dabbf961e992","size":2900577,"member":"./usr/bin/qemu-mipsel","binarySha256":"9f74a2a8aa8b8c5b747d04e0669da4ea4ddd5e45c067bd43866243c497571124","binarySize":14372272},"mipsn32":{"asset":"aarch64_qemu-mipsn32-static.tar.gz","sha256":"4e5d2ff2633cf7f3a6a9580e90805a5c2326c011b1dc46ce48837ad57371a0d3","size":2912431,"member":"./usr/bin/qemu-mipsn32","binarySha256":"8b6e28f2a62f5d9ad261e5ab58ace3b4ce4811bdfc82a695d4a5dc3b580f9ae4","binarySize":14383264},"mipsn32el":{"asset":"aarch64_qemu-mipsn32el-static.tar.gz","sha256":"2a06b6456020123f83cb7f095a03bcf999adae6b5d8c8e63aeff31a78bb6d5a7","size":2904580,"member":"./usr/bin/qemu-mipsn32el","binarySha256":"cf6a67518f219264f5bda8160ce4d9d8bd7239f952ac8e202722f1e57df1f94c","binarySize":14383264},"or1k":{"asset":"aarch64_qemu-or1k-static.tar.gz","sha256":"ff458daa739298db9b0fe64e1912315aa2f4af66be42acc9970474ea8510f8c8","size":2638944,"member":"./usr/bin/qemu-or1k","binarySha256":"d1d5b6869b842e92861ebc4fc933d111d27c52a28cfb0e4d18f19268779c6a9c","binarySize":13188592},"ppc":{"asset":"aarch64_qemu-ppc-static.tar.gz","sha256":"731078ea54be70ae9e872b2c11e5a1b866b861b505222145caad406fb20f4196","size":2947387,"member":"./usr/bin/qemu-ppc","binarySha256":"3fe6df7fd1a35b9bf5196bfbcca95b23272cbf3a73bb23d6fb0eae6e440a1c76","binarySize":14262608},"ppc64":{"asset":"aarch64_qemu-ppc64-static.tar.gz","sha256":"689a4a519aac355463e13538693cf76028e5e5d1b437e1adbbdba88504d4c668","size":2959883,"member":"./usr/bin/qemu-ppc64","binarySha256":"69371af918f30c1f5e01de15b18401dee353d5bc81bc81b22eb4c7008b7462ed","binarySize":14333232},"ppc64le":{"asset":"aarch64_qemu-ppc64le-static.tar.gz","sha256":"257dd19393f11b2df6192b502840f7bc753602ce472663cf65c3ddc7d5e420c9","size":2956373,"member":"./usr/bin/qemu-ppc64le","binarySha256":"c8b14781384c6a83f3c2dc22c2144a29ab9632b62c1b9a93abcd6b1401e234e9","binarySize":14333232},"riscv32":{"asset":"aarch64_qemu-riscv32-static.tar.gz","sha256":"292ad5425ae60462b7fbe90c77b558fe3079edd3d2813b5d277e133b6751c4be","size":2917576,"member":"./usr/bin/qemu-riscv32","binarySha256":"802ee3648edd1e7b98790225a5bdf1551477a9ee12de56c05e86c3110d49e5d7","binarySize":14796416},"riscv64":{"asset":"aarch64_qemu-riscv64-static.tar.gz","sha256":"e713010573bc2bf9593e6d9e9c526bc1f5f0a8c3fd40dd03b0aaec93ff7de9f0","size":2930564,"member":"./usr/bin/qemu-riscv64","binarySha256":"a9701280eb841c6dbfb7f89de3759da74aaeec93628604fd0800fd7b6b60f297","binarySize":14796432},"s390x":{"asset":"aarch64_qemu-s390x-static.tar.gz","sha256":"21633f0a70f3d177bd02d10100ec0b3530f21173a14d4ffaaf423f51b9cf1d7b","size":2796453,"member":"./usr/bin/qemu-s390x","binarySha256":"cdf5a9c1d5597134d20979cc3cd2e24dbcdebf6ff5cee8ec59cca2be3553c177","binarySize":13821488},"sh4":{"asset":"aarch64_qemu-sh4-static.tar.gz","sha256":"8e2594d6681732460c6cc96edb5879261a81e9d2cb502ab4db4130c7d8a31f88","size":2663323,"member":"./usr/bin/qemu-sh4","binarySha256":"00d676408bb0d75877bd3bd8b61d86a7e13a32f701a2acd57827d0c23ce9f9d6","binarySize":13254064},"sh4eb":{"asset":"aarch64_qemu-sh4eb-static.tar.gz","sha256":"78ae7479f100ff3ea08b65c7b426a1d8299796a0c1f00a4e680e143309b1ad04","size":2668317,"member":"./usr/bin/qemu-sh4eb","binarySha256":"4f2e340e82eeedcb9541f33b87a79c0cf125f2819f111d3dd505b0b67679499b","binarySize":13254064},"sparc":{"asset":"aarch64_qemu-sparc-static.tar.gz","sha256":"b09d9fd6e46ca732a439e57ffe626c750d190a9f2f791100b48822789483b687","size":2715053,"member":"./usr/bin/qemu-sparc","binarySha256":"dc067c76b81d305edf5ef4e5ffccf7cd447dc789088ef4a12c27a84c4fd1b919","binarySize":13519072},"sparc32plus":{"asset":"aarch64_qemu-sparc32plus-static.tar.gz","sha256":"a81366589f5e5f199215ffc9b44a181d22d36ee2b3732b5a17b20f37f0e3f9b1","size":2741086,"member":"./usr/bin/qemu-sparc32plus","binarySha256":"f014521827fa3cd0db22e0e34dea9bcc48cfdaca3aa42c6dcef7e31636257c49","binarySize":13589888},"sparc64":{"asset":"aarch64_qemu-sparc64-static.tar.gz","sha256":"1490fe54b575818a79325831a8847372d826b04c0c9028908d96116d7b7f4f8f","size":2743540,"member":"./usr/bin/qemu-sparc64","binarySha256":"83c6d4d2818fb7bafa88e8c313a9159c0440c6fd7c7736316b61d823b478c05f","binarySize":13589888},"x86_64":{"asset":"aarch64_qemu-x86_64-static.tar.gz","sha256":"86281a96fc54f6e84bcd80173afba64f13981d92b8b863f724212fbffcd291ed","size":2867154,"member":"./usr/bin/qemu-x86_64","binarySha256":"9af86352fd463ad9ec25bdd6a4b891ac6b6a7f3d46a7db3da6f23e2c09094a59","binarySize":14008992},"xtensa":{"asset":"aarch64_qemu-xtensa-static.tar.gz","sha256":"43495e2437ed2a1e8347b8da031732bb67a9c276eb61d12dbba239f569953a7b","size":3301517,"member":"./usr/bin/qemu-xtensa","binarySha256":"fb99aa7b0171d238c13e8beeea5adb77c38fecaf94927bf1a4caa7fb6b535b30","binarySize":17673184},"xtensaeb":{"asset":"aarch64_qemu-xtensaeb-static.tar.gz","sha256":"3fcee17aea325fd21f04a60f332f2648d507dfdabadc22f66a435c8c46fa06a7","size":3291169,"member":"./usr/bin/qemu-xtensaeb","binarySha256":"ff6e580efb94823ca626553a24efe3fe92b7dafbcb14a806b763e486e7571502","binarySize":17563088}}},"arm":{"arch":"armhf","deb":{"path":"pool/main/q/qemu/qemu-user_10.0.13+ds-0+deb13u1_armhf.deb","sha256":"ec0504b60e9b3def620ef946d69b3c07cf0f0216bc29bbcaaa0c4a079fc743c8","size":29487300},"files":{"arm":{"asset":"arm_qemu-arm-static.tar.gz","sha256":"016f6cb3ac84b34ddb28b913a728ecdba70617f41a6ceeb764bf516596bef8bc","size":2460756,"member":"./usr/bin/qemu-arm","binarySha256":"edf24f3c03e5394e2eb39923ba2a4830d4814ff63dceaa44dcc5b8cfbf135196","binarySize":9652492},"armeb":{"asset":"arm_qemu-armeb-static.tar.gz","sha256":"56d5747a63873a87a1a993434b7c16364e3701050f82b0ff854562a731f1faf2","size":2465898,"member":"./usr/bin/qemu-armeb","binarySha256":"e15075240d15974af5e52cb53257954a78535f127ff24bbe99a226b4c576cf80","binarySize":9652492},"hexagon":{"asset":"arm_qemu-hexagon-static.tar.gz","sha256":"c09e860450892299f418840f8a0faab025ef513999fe5c9febfe6ed589797344","size":2487780,"member":"./usr/bin/qemu-hexagon","binarySha256":"8857a6c41fd04b49eb0feb13f32fea322d7763b3628c8447efc95d2a6a3e8b81","binarySize":9892588},"i386":{"asset":"arm_qemu-i386-static.tar.gz","sha256":"bfefe3772eae4725ae3a6a3f3a8dd2a4e9e2a12ac72e71d47bd7f87b5ab6cebe","size":2339699,"member":"./usr/bin/qemu-i386","binarySha256":"1d2499b79d614b3770eface3a9309efffd7c5f6e804b0f169342d631c9d90f59","binarySize":9303476},"m68k":{"asset":"arm_qemu-m68k-static.tar.gz","sha256":"74bc75ddf07026fcefa159b1c9e957fdb3d47afa4e16b8965d6b4fc0d9220d4d","size":2227992,"member":"./usr/bin/qemu-m68k","binarySha256":"b1be46f9766569961c3863981fe0f27d3adf4cecef4619fbd6e92ee3c718e1c9","binarySize":8936276},"microblaze":{"asset":"arm_qemu-microblaze-static.tar.gz","sha256":"1eb4ca4c437e984bd5efdacaad2497e1e7b942d0a0433f465458e73363f11eea","size":2164216,"member":"./usr/bin/qemu-microblaze","binarySha256":"0dd2d6878bfe6329e336c7fcb46e0a67fdb0bc75ad270325b255130ad7513b78","binarySize":8792676},"microblazeel":{"asset":"arm_qemu-microblazeel-static.tar.gz","sha256":"1888a8ab16fa85f925f91c4f66cf16872b874d97f8b4fa78a789e8bdf96cf30a","size":2160737,"member":"./usr/bin/qemu-microblazeel","binarySha256":"a5ae22dcff6e324caca23bfa19befaa53375bfd157cfedca9ce28eed6325ac83","binarySize":8727140},"mips":{"asset":"arm_qemu-mips-static.tar.gz","sha256":"51ff460b84b57ab672a8d3a5ba3454ebf73d4069df1cf5d7f7efb96a1983c01c","size":2375409,"member":"./usr/bin/qemu-mips","binarySha256":"5af18c3b8f1f340d55881e38c46b218bbc43bd5e922f578f571ecd3ab56a43ac","binarySize":9489004},"mipsel":{"asset":"arm_qemu-mipsel-static.tar.gz","sha256":"dec3da354214ff892a9156861c0954b3ee35de696559dfb8a6994ff0aedc7721","size":2371558,"member":"./usr/bin/qemu-mipsel","binarySha256":"4cf4ecea8d0111b442082d73e81892f28b565da7dee6e750b3359512a6846621","binarySize":9489004},"or1k":{"asset":"arm_qemu-or1k-static.tar.gz","sha256":"b9d0b4d7eda880378a6834ca3f1f19c4f980164e88dacd9884c200ae0d632179","size":2146801,"member":"./usr/bin/qemu-or1k","binarySha256":"a4b94265671bfb836fd16e1db352d137e5d5c078590780984131ec6cda35d653","binarySize":8729636},"ppc":{"asset":"arm_qemu-ppc-static.tar.gz","sha256":"eb2d3c1501c3fd6457863de1e36ace7fd3a222539dc3c3eadb1828064d860fd0","size":2378985,"member":"./usr/bin/qemu-ppc","binarySha256":"ab9c37a9955b80da1cb2ca51e5de7456de8fecd42f2f6463d9fc085aeb0c4d31","binarySize":9369516},"riscv32":{"asset":"arm_qemu-riscv32-static.tar.gz","sha256":"8301618e60b55577734e5d106a9ce1bdf65f23162b12d4fe6d8bae0d47e2cc6a","size":2355340,"member":"./usr/bin/qemu-riscv32","binarySha256":"71885d7d1da8bdcc4c6bfed4b86c32164c5027095c2e7e43283bc2e00496cd23","binarySize":9665172},"sh4":{"asset":"arm_qemu-sh4-static.tar.gz","sha256":"9d121e880ae5e01bad8f3f6381a876d682ddddfa2420b14acf71f70ec3eb430d","size":2163355,"member":"./usr/bin/qemu-sh4","binarySha256":"e692b5a0a6a1011bd358f2c26991f3ffbdd2f1ade210921ecb9acc8f59a62773","binarySize":8794988},"sh4eb":{"asset":"arm_qemu-sh4eb-static.tar.gz","sha256":"055623a6195eda8c1303f21df55735a7005b2f619b82db74ff03614aad36c53c","size":2166981,"member":"./usr/bin/qemu-sh4eb","binarySha256":"cc08c71233a034685c59dff50334a3a99769bb2c0d48d21195a230b0e6980ca1","binarySize":8794988},"sparc":{"asset":"arm_qemu-sparc-static.tar.gz","sha256":"516ffaa7a29cabbbf510c6dae45b5594e5457faf2e074558ad54f3847ad2d92a","size":2195664,"member":"./usr/bin/qemu-sparc","binarySha256":"003955351f7c0aa1c1495b4f602656262e50123739f9a6249b03bec38c9c2cf4","binarySize":8863892},"xtensa":{"asset":"arm_qemu-xtensa-static.tar.gz","sha256":"a73523af78261f75b14d2fc2af11853badffb2be1a0790fc78d7e6b6bc6fab13","size":2483316,"member":"./usr/bin/qemu-xtensa","binarySha256":"90e441c62f70f6f08adea707fe674216657d47832dc5f36e3403d3308bc2d07e","binarySize":10499484},"xtensaeb":{"asset":"arm_qemu-xtensaeb-static.tar.gz","sha256":"995d8999f6d23af65f183052974b91366a23bce1a5d2f9e59701732f0656eb09","size":2476708,"member":"./usr/bin/qemu-xtensaeb","binarySha256":"d5cf817a05e84b3feaac4e60ac6c79a40112060b5e8070e8946c11c0a733fb31","binarySize":10403596}}},"i386":{"arch":"i386","deb":{"path":"pool/main/q/qemu/qemu-user_10.0.13+ds-0+deb13u1_i386.deb","sha256":"ac72cb41df4f296756b227dbf31158f4acd30993b348431f6e96fbf72630cc1c","size":36367304},"files":{"arm":{"asset":"i386_qemu-arm-static.tar.gz","sha256":"2b9987452b9333c8c47a902f3cf215c7a3a9aa845e912e9748e0b2c383192d42","size":3023111,"member":"./usr/bin/qemu-arm","binarySha256":"eb7ed15c021675f9c56bbb447a503a325806b552d25f5f672958704bcd09836e","binarySize":12544120},"armeb":{"asset":"i386_qemu-armeb-static.tar.gz","sha256":"f801c8ed802def60e826c5c9035d5666c40d3b55a1e4b16a07d76ca1dbc51679","size":3027897,"member":"./usr/bin/qemu-armeb","binarySha256":"57e3855fa4e241a83d4d828ffb98cffd1b40fd8f217949de5bf2317cbcb998df","binarySize":12560504},"hexagon":{"asset":"i386_qemu-hexagon-static.tar.gz","sha256":"43ed21bca7fa9e2b56807032b819669d871661d4db878da22569956474fb1913","size":3041418,"member":"./usr/bin/qemu-hexagon","binarySha256":"727322ef7af92bddc5d514f516b9dbbdafa801d69dd59dfc49315443537af9dd","binarySize":13210488},"i386":{"asset":"i386_qemu-i386-static.tar.gz","sha256":"e86ddca7d3133f9592be762f356758cda817154b9214f44cdcc3f0e1d48f1a6b","size":2853795,"member":"./usr/bin/qemu-i386","binarySha256":"4febff221472053d72ff02e7c880579c8813b969686d61bc418064aaca081c88","binarySize":11864984},"m68k":{"asset":"i386_qemu-m68k-static.tar.gz","sha256":"7c93ebdd184bc79472fa80d59309e5dcef0cdcfafeea164ef3b91f79fd3be13d","size":2725433,"member":"./usr/bin/qemu-m68k","binarySha256":"f90e5d25849e3f2870ee5438a082501a086e1c02c9a1b4c58d8a335c8b4181e3","binarySize":11361208},"microblaze":{"asset":"i386_qemu-microblaze-static.tar.gz","sha256":"2e0813fb4259bc167b27435cd682ea4e145622fcd625c66b9818fd4dcd9e6e8e","size":2645622,"member":"./usr/bin/qemu-microblaze","binarySha256":"12ab8e6df34c917b4ede6041df168db89f0bd5503be6d91a85196d5336e644c7","binarySize":11116632},"microblazeel":{"asset":"i386_qemu-microblazeel-static.tar.gz","sha256":"d6af7a1e392ea87d4ad846057b4dc85ccbfc4623fceeb978928bb577d6c71b53","size":2642205,"member":"./usr/bin/qemu-microblazeel","binarySha256":"3bedb43e9847e0b22320cdf98c88ca46aba6de4669893bb5f2414e95a35ee6a6","binarySize":11108440},"mips":{"asset":"i386_qemu-mips-static.tar.gz","sha256":"1916a24e59ee0bfeb81b3eafeaa1a1afc40d5c33a2861974a34db7ccc5ce5b5c","size":2894282,"member":"./usr/bin/qemu-mips","binarySha256":"48ecaf2c4c24817bd805c296eb82d2d03211905750ce415407d9dd04018213da","binarySize":12220504},"mipsel":{"asset":"i386_qemu-mipsel-static.tar.gz","sha256":"aa112cf7fe42c12718b46ea66057692f77e7e69d5baccdfd0af5721b77f2370c","size":2890250,"member":"./usr/bin/qemu-mipsel","binarySha256":"fae60b299dbbc6529b2f87f5fda47334d76259ca1e92605c5b8f121777b8a689","binarySize":12208216},"or1k":{"asset":"i386_qemu-or1k-static.tar.gz","sha256":"6b8047853882452825b9fa8e7a9703dcc495efb77a24c38cfefd71bff07297c2","size":2624996,"member":"./usr/bin/qemu-or1k","binarySha256":"c968caf2bda06ecb1b0da33e3740d51880255958d91cdc96f267dfd90ff6375a","binarySize":11062328},"ppc":{"asset":"i386_qemu-ppc-static.tar.gz","sha256":"795a4d0042060c40845f55c50c7abe1c65c69c19c81b34ee8cec5c96dc1324d0","size":2909672,"member":"./usr/bin/qemu-ppc","binarySha256":"8ef2a92cef216848507e1ba94dfcda8f5fb4b73c749d9e8fce998d8423e3683b","binarySize":12131960},"riscv32":{"asset":"i386_qemu-riscv32-static.tar.gz","sha256":"f5df54c5474d2e306e329a8d60bd585139681aee0e89c9c17b8d19c2d962fa7d","size":2876463,"member":"./usr/bin/qemu-riscv32","binarySha256":"cbffac52605ec29bd3f165c858d54e0edf09972f79b7ec2b9b6ba998f6102b3e","binarySize":12405976},"sh4":{"asset":"i386_qemu-sh4-static.tar.gz","sha256":"d72227858126729008848a4fbdb73e59962ffea05a0650b3c3680efc8585a0b7","size":2645650,"member":"./usr/bin/qemu-sh4","binarySha256":"eed23c32e233753656b1b1937f3ae65c84392264e64b7ee6addc2fae101e275a","binarySize":11131736},"sh4eb":{"asset":"i386_qemu-sh4eb-static.tar.gz","sha256":"e7703ecf037980d4de573275c049f6d634c476ff726e8a2c9a75fb867da96154","size":2648470,"member":"./usr/bin/qemu-sh4eb","binarySha256":"64e8de7f086ac08acf68899f7f0e49d69c95730bdc293f7c5390ce3905dc183c","binarySize":11144024},"sparc":{"asset":"i386_qemu-sparc-static.tar.gz","sha256":"bda0d24311cf70a78eeef04aa905cac9bfce532fa88820f785c58b66b4e7fe88","size":2677090,"member":"./usr/bin/qemu-sparc","binarySha256":"12540670260c347c095c949c3be8fd42181f857a1c58a0ec44970df17cf805aa","binarySize":11209464},"xtensa":{"asset":"i386_qemu-xtensa-static.tar.gz","sha256":"d1ed01968ec0c26d0921488b91465a01c232ab2e9f82057b4dfd675f635ecc7f","size":3068898,"member":"./usr/bin/qemu-xtensa","binarySha256":"eccddf5689d12d0f1f8d974d897305efc7202afc83751f9f2a85b119a07e8784","binarySize":13466808},"xtensaeb":{"asset":"i386_qemu-xtensaeb-static.tar.gz","sha256":"49aa23d2867d8ff2bdc4e5f0acd6d28c7c470ccc73058f9d8949c8f7b1933ee8","size":3060947,"member":"./usr/bin/qemu-xtensaeb","binarySha256":"6e1ec82a9801668c165b406b7da2960019226c248d8a495795934655be8ab996","binarySize":13358232}}},"ppc64le":{"arch":"ppc64el","deb":{"path":"pool/main/q/qemu/qemu-user_10.0.13+ds-0+deb13u1_ppc64el.deb","sha256":"d68e152a943b80e0ce7ded50ef01e67c9209be718945c1b94a3b3900161a2407","size":68283412},"files":{"aarch64":{"asset":"ppc64le_qemu-aarch64-static.tar.gz","sha256":"964cb872b80872ab9a8611117d01178a8a4d12c46d6c4d9de2f472c2d3b48d18","size":3499740,"member":"./usr/bin/qemu-aarch64","binarySha256":"0abd920bf5ffa0e0aef3b8f99add02f0b9c0112b2c6945c3b7baa03ffd6bc0c4","binarySize":16368760},"aarch64_be":{"asset":"ppc64le_qemu-aarch64_be-static.tar.gz","sha256":"5faf5445f85a080f0f643c3e0151ac8e8409e7ac1a2c460d35821cfe164ec640","size":3505447,"member":"./usr/bin/qemu-aarch64_be","binarySha256":"e459b398b6235ca5688dcb7b946f9a0358a1c7d04a06a58b1651d0dd1c61f1ec","binarySize":16368760},"alpha":{"asset":"ppc64le_qemu-alpha-static.tar.gz","sha256":"92b6f4d5b5f2248e083680e90084d1685386f786701bf914f4c4e49ee8e6c6ce","size":2748105,"member":"./usr/bin/qemu-alpha","binarySha256":"5e3a0849539dd95d24ca962cdab4e87ef2ffb98d6d60b0c7a4f448d9332c61c9","binarySize":12470648},"arm":{"asset":"ppc64le_qemu-arm-static.tar.gz","sha256":"dc219a64b42baf7033d7f2f08ffbdb074aa2e95358eb58546ccadd6f5056984c","size":3123228,"member":"./usr/bin/qemu-arm","binarySha256":"5627a5d01ede907920950109695e3cf5da4ce5fb48d55cccca33b603bfafc759","binarySize":14044024},"armeb":{"asset":"ppc64le_qemu-armeb-static.tar.gz","sha256":"002241f6396e39087eeb2df66eb6787d049e8f082178c65725a37c3351f9f122","size":3128657,"member":"./usr/bin/qemu-armeb","binarySha256":"51b0caf21744038e4e33570b767c950a79c2f9dfc5d7befd774b01ac77935203","binarySize":14109560},"hexagon":{"asset":"ppc64le_qemu-hexagon-static.tar.gz","sha256":"27f58a952d3c7023d635ea25bc087444d1560a8be55de4ac3d3e1e30cac78192","size":3152032,"member":"./usr/bin/qemu-hexagon","binarySha256":"ef30b2ec006476e45d28c0fe3ca7c8c8b0667682bc003761afd41cbf1d5636c0","binarySize":14728440},"hppa":{"asset":"ppc64le_qemu-hppa-static.tar.gz","sha256":"1f2986d3a77cc87fd8a6815537f7cff7be11cbf950d735e45726fc33800bf97a","size":2783772,"member":"./usr/bin/qemu-hppa","binarySha256":"e5627a9446ccb4ac1aa692ceb2424f06cbd281485a9098c28489fe609dc89b09","binarySize":12535416},"i386":{"asset":"ppc64le_qemu-i386-static.tar.gz","sha256":"9ca2c4ca52bb48bf0dc59a00c7944e459742094a44227cd83a23e922842ba81a","size":2968263,"member":"./usr/bin/qemu-i386","binarySha256":"5dee1b2844ab3fd7deb0cc41bfab28c464c009c10130a3fe17a25173fb5544df","binarySize":13287288},"loongarch64":{"asset":"ppc64le_qemu-loongarch64-static.tar.gz","sha256":"17c7400f8b16e4a91489bdb8e4863c7b9697c5614ef3940236cb874e174cc745","size":2881729,"member":"./usr/bin/qemu-loongarch64","binarySha256":"828ae545acbdc4965f2050e384587641f4261feec3c398f3f5841deec8155337","binarySize":13236984},"m68k":{"asset":"ppc64le_qemu-m68k-static.tar.gz","sha256":"9f86dc020ebe0d3740e2b24e006def05c365e952fd549b99599dcddd63449103","size":2835793,"member":"./usr/bin/qemu-m68k","binarySha256":"05635884cbc809f6f5b2e22dc385260f4d81568e69169bd8d1f6535458889d89","binarySize":12736504},"microblaze":{"asset":"ppc64le_qemu-microblaze-static.tar.gz","sha256":"98729ca10e919209963a2bc5baef1a46a4c434f8e1fdd49839453fc201752115","size":2757684,"member":"./usr/bin/qemu-microblaze","binarySha256":"0cfdbd4bb4a4d839500375c117356811de6059c1f71f830451bd84dcc57de8c2","binarySize":12466040},"microblazeel":{"asset":"ppc64le_qemu-microblazeel-static.tar.gz","sha256":"35c82be0f30359841968a27b4b4d46c0fcb3eb37d0827f65efc56412d8bde2e6","size":2751932,"member":"./usr/bin/qemu-microblazeel","binarySha256":"70f6020207c0370cf4182046eb936ed9a7289e78ed655bd37f73269dda1e5cbe","binarySize":12466040},"mips":{"asset":"ppc64le_qemu-mips-static.tar.gz","sha256":"9abb4837439985e26db46d82ad18b24b0e3790ec0f8ebd7f25f04e3765b01aca","size":2991748,"member":"./usr/bin/qemu-mips","binarySha256":"2a922301662116b5020eaa57bdce29e8a5962075bc06ed6c8cb6e87b17ca43e0","binarySize":13651320},"mips64":{"asset":"ppc64le_qemu-mips64-static.tar.gz","sha256":"a7a0ea775b0ae89f02c33a90572060e0025f0569611272c8481cc2c203b589ce","size":2987034,"member":"./usr/bin/qemu-mips64","binarySha256":"968d99c28ac9c4d7a561b63ed6c0ae93441c661bd4601e07db71c848f4f6a3a6","binarySize":13662328},"mips64el":{"asset":"ppc64le_qemu-mips64el-static.tar.gz","sha256":"d560cccdfd54e6540bfaab188867ed3469d7e3a8a28d8ce53412f9f96bbfe432","size":2982499,"member":"./usr/bin/qemu-mips64el","binarySha256":"4f9eb01ac0959340b4508dbee03f57b82192bff7f6e6cb171093a2ecc62ad5f5","binarySize":13662328},"mipsel":{"asset":"ppc64le_qemu-mipsel-static.tar.gz","sha256":"7f893f7bbdd396ee1042ae8a7e786fd766067aae70ca0d68d7af150327f3ba4c","size":2986766,"member":"./usr/bin/qemu-mipsel","binarySha256":"ff7ddd4275e62154f475d5f6e93e99cdafe14c74ab8602b2752c8938269474f6","binarySize":13651320},"mipsn32":{"asset":"ppc64le_qemu-mipsn32-static.tar.gz","sha256":"2a4ad0dbbb3e27b6cd808979b1f46a8eda2c41eb0280ead0f0ff8ceb5d7a0673","size":2991347,"member":"./usr/bin/qemu-mipsn32","binarySha256":"53bee9e40484e2c0621cbf4d2a7f03c7819d18710bc07b5763355d4512c1744c","binarySize":13662328},"mipsn32el":{"asset":"ppc64le_qemu-mipsn32el-static.tar.gz","sha256":"2ccb413bb88187a6a83cc680447e9bf88e70559ab4201330576897cf3548c4e4","size":2984636,"member":"./usr/bin/qemu-mipsn32el","binarySha256":"69eaa07dd4b41a67d74d9f9026c5e0d96f66e12e507dc7471b3885451ca41e63","binarySize":13662328},"or1k":{"asset":"ppc64le_qemu-or1k-static.tar.gz","sha256":"ae64b38a54caa45c321c092cca1c75a9d680edd01d32a4db6452f42bc6892b0f","size":2734890,"member":"./usr/bin/qemu-or1k","binarySha256":"6e81a33459105ac0e182d0011e2d87b0da8065635bfe0c9efade99e31e41d6ee","binarySize":12402168},"ppc":{"asset":"ppc64le_qemu-ppc-static.tar.gz","sha256":"a0a052d81a4baeff8af0789c992a3ec871331ef2c9f5f806dc8989f0404d97ae","size":3047184,"member":"./usr/bin/qemu-ppc","binarySha256":"cc43faeb872a65893fce93ab4c01ad3907adea6d8fdce439dac0f2cd52d12541","binarySize":13672184},"ppc64":{"asset":"ppc64le_qemu-ppc64-static.tar.gz","sha256":"856c6274d031894f20ab792f2cd5dd369f5f40316e23c6921c3b0a80ca9f3271","size":3061396,"member":"./usr/bin/qemu-ppc64","binarySha256":"0233898e158d79d4dd028a084b158473c6513baff0405b7cd89cce79289d2fbe","binarySize":13742840},"ppc64le":{"asset":"ppc64le_qemu-ppc64le-static.tar.gz","sha256":"e05f4994d8e208c5a0abf1fbaef71c81d12708938915e529166158bb3528fb40","size":3055660,"member":"./usr/bin/qemu-ppc64le","binarySha256":"2cf4914fb1d81e4e7d982be71af7f62214f4d34133639f8c5be6240c2ab00edd","binarySize":13742840},"riscv32":{"asset":"ppc64le_qemu-riscv32-static.tar.gz","sha256":"270e5997e16dce305f820e8f207d8ff20b478ec65e4689083ef371a47417a1f6","size":3007580,"member":"./usr/bin/qemu-riscv32","binarySha256":"37cc2f6147d4d437a9bd3e6a4b50908c8795bffba2302e8cfcb4226c77648e8d","binarySize":14206456},"riscv64":{"asset":"ppc64le_qemu-riscv64-static.tar.gz","sha256":"f87765521019851c3fee6ea71f06c319d09c8c573ff8c8189452ac8be307a51f","size":3018651,"member":"./usr/bin/qemu-riscv64","binarySha256":"c45fea6bd0d20a867bd30bbf1a8945218fa22f79c4c41955d163273730839cef","binarySize":14271992},"s390x":{"asset":"ppc64le_qemu-s390x-static.tar.gz","sha256":"a0f1c860d7a4a040af557030433e994346e3501e0556baa476029216aa4b72da","size":2883155,"member":"./usr/bin/qemu-s390x","binarySha256":"bc11e357dac0ba63dd7f6f3c8b495e9379a6c08eb863ead9ddfc7af3dbb52db5","binarySize":12969464},"sh4":{"asset":"ppc64le_qemu-sh4-static.tar.gz","sha256":"308b8b7611bbb40948cef0d33223dfa7f8b008af11ecc6cf1d3381ed492c8b54","size":2756224,"member":"./usr/bin/qemu-sh4","binarySha256":"f083f3182cddc432364d62909968d2535373202f132bab8f0a30010e5fb62a80","binarySize":12467576},"sh4eb":{"asset":"ppc64le_qemu-sh4eb-static.tar.gz","sha256":"4cd35c964e60c22a648b3396996e5b5d853bc283e95997031a08ff435028fbc0","size":2762051,"member":"./usr/bin/qemu-sh4eb","binarySha256":"fe2a6251ff7038abfaa7128c8f268f0487395ce7e53fd3b45aa29a6296027505","binarySize":12533112},"sparc":{"asset":"ppc64le_qemu-sparc-static.tar.gz","sha256":"77e678f68c0cef430eb14c1fe9bc0fa2b31851b5c9fc43399843957cb0b8b820","size":2792717,"member":"./usr/bin/qemu-sparc","binarySha256":"808158d28276f257305f6596f93dfd0884941306760c328244e9614f37240ba3","binarySize":12601464},"sparc32plus":{"asset":"ppc64le_qemu-sparc32plus-static.tar.gz","sha256":"c83dfcae302084b55320cf5683412d554b57ac0d31481f1201ca170aa9990b6a","size":2823008,"member":"./usr/bin/qemu-sparc32plus","binarySha256":"3ffee5b0217817527487cab6b5ed8903a5d57db41be65fc6268f931808ad6f6f","binarySize":12737912},"sparc64":{"asset":"ppc64le_qemu-sparc64-static.tar.gz","sha256":"8c43b209c67982419af0762a7ba4eb4c35208037c2b47fae08a920a84d5298c1","size":2817540,"member":"./usr/bin/qemu-sparc64","binarySha256":"28323c0abd8f26d661bba8fdc659619874bcc92b1011b9c1672463ea232b650f","binarySize":12737912},"x86_64":{"asset":"ppc64le_qemu-x86_64-static.tar.gz","sha256":"52497a3791ee1d7d22d0da401c3c5cbba2e9aeab68c1fc94267cb5f49f6d253d","size":2959928,"member":"./usr/bin/qemu-x86_64","binarySha256":"7aec56f311bd7ff39d70b756b16b0856eeb3a06fe2a5505fc3646293d4e807be","binarySize":13288056},"xtensa":{"asset":"ppc64le_qemu-xtensa-static.tar.gz","sha256":"34eb7a7dc0c0c20e0c2d7b2d137ab671c3177a6fedd417ad2fabc964bad6347b","size":3202530,"member":"./usr/bin/qemu-xtensa","binarySha256":"48d2fda134557ec886952707b4496a8a93d48354e62fd094802d4f45459561da","binarySize":16100088},"xtensaeb":{"asset":"ppc64le_qemu-xtensaeb-static.tar.gz","sha256":"cf3ca2974524435e38f772ec7c77790346b5d356e3d884374a222e6d2a7e25e3","size":3193591,"member":"./usr/bin/qemu-xtensaeb","binarySha256":"fc99be434061a0a73f6789093de9f5e2b77f7b1b9710c6901b5df72ead52a11f","binarySize":15990008}}},"riscv64":{"arch":"riscv64","deb":{"path":"pool/main/q/qemu/qemu-user_10.0.13+ds-0+deb13u1_riscv64.deb","sha256":"596b6324e78c1c633c85f3b8bfc506c409a74018699281b2642e8da3f7320df5","size":71462476},"files":{"aarch64":{"asset":"riscv64_qemu-aarch64-static.tar.gz","sha256":"75417483613a35668949769f44531c4a5b50ca97163cd10f7d8a5a36d17bb24d","size":3636039,"member":"./usr/bin/qemu-aarch64","binarySha256":"1033216dcbba58da7aafb970cf63d8fe679f5a9521bf594868fb8db660365c56","binarySize":15917968},"aarch64_be":{"asset":"riscv64_qemu-aarch64_be-static.tar.gz","sha256":"57c13f770b4f85f8265bcf6b152910702517ac39b1ca8037b2ba7116465bda52","size":3643774,"member":"./usr/bin/qemu-aarch64_be","binarySha256":"87e1c277f2bfc52255f8a4a5e7ef77c157080776b14f576faeb4ceaec4319d8b","binarySize":15938448},"alpha":{"asset":"riscv64_qemu-alpha-static.tar.gz","sha256":"11db30d8bd43913db6ee1b950030fddb84b181912672b57be24ef452a56713c7","size":2723586,"member":"./usr/bin/qemu-alpha","binarySha256":"8767943800ec50baf44ec9377ed5547b307b2a9837a8bc9dc2ad58bea580d5d6","binarySize":12724384},"arm":{"asset":"riscv64_qemu-arm-static.tar.gz","sha256":"250ccc8dbcaef023393a6dedca295ce994e7f5d532485ec5e8a7e4562cc8728d","size":3150606,"member":"./usr/bin/qemu-arm","binarySha256":"a96c4b71b96bf954c24771cbe6dd67e8ca8db1708f2c407a7528dffa835a515c","binarySize":14019272},"armeb":{"asset":"riscv64_qemu-armeb-static.tar.gz","sha256":"b86ffecbeb26894688689e273b9c5dc02160e9d9ed04d4151bd4cef46980228e","size":3159107,"member":"./usr/bin/qemu-armeb","binarySha256":"c6db4023e7f14489914a2cecaf7a0a77a8b110af0813467b3198754a429c5102","binarySize":14047944},"hexagon":{"asset":"riscv64_qemu-hexagon-static.tar.gz","sha256":"8adc6b8c17497d0b81bee893f1a58e9e5b4300a416a42093cee6cf6e8815307f","size":3167779,"member":"./usr/bin/qemu-hexagon","binarySha256":"b5dea468cce63c975025719424b202e1f770f090bb7c839240a06710b92638f5","binarySize":14547976},"hppa":{"asset":"riscv64_qemu-hppa-static.tar.gz","sha256":"d9e84801c6e6003fe63c5662f354eb31f4b0dcf5f20cc01185d4f83c86d10a1b","size":2755744,"member":"./usr/bin/qemu-hppa","binarySha256":"03deaaef774746f4511e634fea05ff224e979876a7012ce02ebb8467189c32a5","binarySize":12801416},"i386":{"asset":"riscv64_qemu-i386-static.tar.gz","sha256":"47da18aa8d0f8b168f9b1caa3379193429308bc6bc3a5f331d6f2850d04cceb3","size":2945144,"member":"./usr/bin/qemu-i386","binarySha256":"e3245cabaac4804877b6d56209f9dfd3642567e0b108029aa06818b89bb8db16","binarySize":13369040},"loongarch64":{"asset":"riscv64_qemu-loongarch64-static.tar.gz","sha256":"5d30254e2fc17e7ec13472bd0f68db7b8c704a10d13f9b72c0086d368c501bee","size":2860074,"member":"./usr/bin/qemu-loongarch64","binarySha256":"6531747c1f6a6e3b495eaa249b19695110b35e14b7ab3280f3ad89c616308357","binarySize":13224512},"m68k":{"asset":"riscv64_qemu-m68k-static.tar.gz","sha256":"7f2da2faa7f75ab3adfca836c7022b3de66e8811f3f316e97ff415af86a4ece3","size":2816431,"member":"./usr/bin/qemu-m68k","binarySha256":"2c8c86f2a1cd0d619a90c2db00792470742c3fab4c89deb1dc08c3c25d32c05f","binarySize":13022968},"microblaze":{"asset":"riscv64_qemu-microblaze-static.tar.gz","sha256":"4543361291bec8c135ffd5f089917e7fddea118d20781f2e516b47a73e9856e4","size":2731912,"member":"./usr/bin/qemu-microblaze","binarySha256":"876a8c3a5a5c91df660baa464ed50c73bacdd93a4b058962eae060c7d92e5391","binarySize":12711520},"microblazeel":{"asset":"riscv64_qemu-microblazeel-static.tar.gz","sha256":"4c37b4643104b9dd284f772640bca38cba25cc61f2fcab9cecc51ed9ba36403b","size":2722730,"member":"./usr/bin/qemu-microblazeel","binarySha256":"847875cef5e194df0b50f3307160a6f82d3de07dd8855dda57351281d56110b7","binarySize":12691040},"mips":{"asset":"riscv64_qemu-mips-static.tar.gz","sha256":"dbe00ef8179168b7207f60bcf35a2c1c635dbbb0df9f9c20e4bd29e65db26c4c","size":3001380,"member":"./usr/bin/qemu-mips","binarySha256":"84989471c00c25079b18a14542c8e761166dcd7f3535b95fffda1ff3506ba369","binarySize":13819032},"mips64":{"asset":"riscv64_qemu-mips64-static.tar.gz","sha256":"28dbfa7bf419c76be8d1d9bcbc5940b9d399f61ff9b7d30a24a026be39ccef82","size":2996563,"member":"./usr/bin/qemu-mips64","binarySha256":"ba07d350e3b4869c436cf6fc33064dd0375108f81761eb562959fd0f8b447f79","binarySize":13842320},"mips64el":{"asset":"riscv64_qemu-mips64el-static.tar.gz","sha256":"08139a03e9438fc012636ec55ea946c896677d458759b17a477bee035f81647e","size":2992111,"member":"./usr/bin/qemu-mips64el","binarySha256":"69733ec8796f97d2406c53e46c5f51174f0c78a5e46637b132bb7948d8c81fd5","binarySize":13821840},"mipsel":{"asset":"riscv64_qemu-mipsel-static.tar.gz","sha256":"64879e1e4aef9eed3dcc0bff3a675e598a71f5891549803df18c59a0b97d0ad2","size":2994398,"member":"./usr/bin/qemu-mipsel","binarySha256":"63eb17aba6b6761698f9ead123f489170fa1cc70eec3c9bdc5a2f8979e2fa9f3","binarySize":13798552},"mipsn32":{"asset":"riscv64_qemu-mipsn32-static.tar.gz","sha256":"38f35cc16718625796bbcc9fa1d77cf182539224f9617fb4e021557a045f2140","size":3003630,"member":"./usr/bin/qemu-mipsn32","binarySha256":"a0252b34d1484ad742656016d32a527e49719339a3488b1bd3e81a496d09b93b","binarySize":13850512},"mipsn32el":{"asset":"riscv64_qemu-mipsn32el-static.tar.gz","sha256":"58dbb0c65635872ecd4509d8d3682cca69665ab88478c3065f24012693ffc670","size":2996773,"member":"./usr/bin/qemu-mipsn32el","binarySha256":"e139f800042a88f18fba150f229eee09e781d3f0c6496b8adab5768bc6e43158","binarySize":13830032},"or1k":{"asset":"riscv64_qemu-or1k-static.tar.gz","sha256":"a21b8ef6e6fe07e175b90750f2b3041c9d09044b8b01331a3456f0085f92f5d1","size":2706396,"member":"./usr/bin/qemu-or1k","binarySha256":"0fc2c521c5b0c0a473bf37fe05d93729fcab4deb2ccfef34e9dd2af2723d5bdc","binarySize":12639448},"ppc":{"asset":"riscv64_qemu-ppc-static.tar.gz","sha256":"fadc474df4c7fc640ccd37e787cf520da104362f1f6fa8ffdfbd6c8bf9301a39","size":3038163,"member":"./usr/bin/qemu-ppc","binarySha256":"6d0c1597ba0dc022c0d8a99f1a436a495e70f221031d989bbeb5e274a65ff8f4","binarySize":13627448},"ppc64":{"asset":"riscv64_qemu-ppc64-static.tar.gz","sha256":"aaf14005cf8ad5befdf5e87d9c28858fecd6ee4c2619ef8d1f9951ccbf3ef10d","size":3054632,"member":"./usr/bin/qemu-ppc64","binarySha256":"124b7fb6f1c7a6433d39c12995d558a72a70d6a6d832f8708761b3df22a60233","binarySize":13685784},"ppc64le":{"asset":"riscv64_qemu-ppc64le-static.tar.gz","sha256":"04fb6ea46584cf55c620f35621e9de5a1c79b66dbab5bbfb2a82469b0bd332e2","size":3047610,"member":"./usr/bin/qemu-ppc64le","binarySha256":"ae14b174e1275c361723a41ae3a4d5aab74e7033555153785f363c7175b54c98","binarySize":13665304},"riscv32":{"asset":"riscv64_qemu-riscv32-static.tar.gz","sha256":"55e7ff3adbc4d2ed9abb47a4a48989303933351ec136e727c6c20611b877d2e8","size":2962330,"member":"./usr/bin/qemu-riscv32","binarySha256":"30236c3ff58b589016642b519e05910764da670ab0711f88213ce89edf852fb3","binarySize":13895024},"riscv64":{"asset":"riscv64_qemu-riscv64-static.tar.gz","sha256":"4c54298500d602aef753b6007a9b6f4a320cec8bdb597bf21bd1feb19d9781e0","size":2982372,"member":"./usr/bin/qemu-riscv64","binarySha256":"0eae64f05f8bf4cfced1d76379e4f19ccc87661aa032233d68c7d3a40e355630","binarySize":13964656},"s390x":{"asset":"riscv64_qemu-s390x-static.tar.gz","sha256":"30c6ea5794e1513bcc4bec43bfec766b7d7f2ea94c086baee1d32098b61d32d0","size":2862161,"member":"./usr/bin/qemu-s390x","binarySha256":"46ae33ba022babda1a4a386cf7190e3454624f1a6ec9daeb4df5231de07cdeea","binarySize":13202720},"sh4":{"asset":"riscv64_qemu-sh4-static.tar.gz","sha256":"2947d5abb0afee14acaed6243cec16cb3fa452eb8171814d9c464e21215f1d42","size":2727890,"member":"./usr/bin/qemu-sh4","binarySha256":"bea7813488f96418d27d9d2bf84c443a5d606593817dba45a4880e1e5721e51f","binarySize":12713112},"sh4eb":{"asset":"riscv64_qemu-sh4eb-static.tar.gz","sha256":"728ba1f65c6a4a9091409d0269f3d1772dfe7a1907fde9b48448c9dd9d72c437","size":2731507,"member":"./usr/bin/qemu-sh4eb","binarySha256":"24888c50cf436cea7748596849e529899ba2a33b4498a4dd98ba40d3914e8bcf","binarySize":12737688},"sparc":{"asset":"riscv64_qemu-sparc-static.tar.gz","sha256":"9c65e7ced024d05b6769b14dc25e608e32130f151724bc21bf8a33f61c2cd52d","size":2774432,"member":"./usr/bin/qemu-sparc","binarySha256":"3a8f311fc0a9fe133f90b6907ff47ae67d07e950405227a64222cf11a91f418b","binarySize":12986312},"sparc32plus":{"asset":"riscv64_qemu-sparc32plus-static.tar.gz","sha256":"b89cd2bdb287a9226617b93d5b3471157c024150e40449e18194f907c76eb598","size":2808072,"member":"./usr/bin/qemu-sparc32plus","binarySha256":"0c3aee67432608990017250e3a0ee4dc025a13ebbc980b23188dfc7f17faf947","binarySize":13065320},"sparc64":{"asset":"riscv64_qemu-sparc64-static.tar.gz","sha256":"27484856fc3c31fce6920b9bac8e71330f18ed94cc8b0f5d2aa1ba0405ba81ef","size":2804001,"member":"./usr/bin/qemu-sparc64","binarySha256":"917e12d95d3209935226090ade0a21e9cb60fe6f29889d8bd4c818e08564cff4","binarySize":13061224},"x86_64":{"asset":"riscv64_qemu-x86_64-static.tar.gz","sha256":"3223a6bfc2df273de322cf967a6e409969655a722d6925255d9b21f93369f01b","size":2937122,"member":"./usr/bin/qemu-x86_64","binarySha256":"bac5ac5434e37472082b0b24e0a5e5f7e59fc00eb5947ff65fff9d7175bf1633","binarySize":13353352},"xtensa":{"asset":"riscv64_qemu-xtensa-static.tar.gz","sha256":"ba2bee524b7091452ece9204960fbd9d5adc589cb43b31ff2f5a4df2fa110c83","size":3291212,"member":"./usr/bin/qemu-xtensa","binarySha256":"318f95d4c4ecbcfc813ca1a406191fbe141b7ea8e50977b64cdd9cba715c2198","binarySize":16962352},"xtensaeb":{"asset":"riscv64_qemu-xtensaeb-static.tar.gz","sha256":"0bf6db3de620b54a3001a0b4fcde343f644c7763b92c8a471732015cc781ccd8","size":3281974,"member":"./usr/bin/qemu-xtensaeb","binarySha256":"fd11b55c58f2c6758ed4ae652f9f01412781ffeab74e2760cdd91247dde862a2","binarySize":16817072}}},"s390x":{"arch":"s390x","deb":{"path":"pool/main/q/qemu/qemu-user_10.0.13+ds-0+deb13u1_s390x.deb","sha256":"7def76cc4720a4d178646526366eb37f2d66adab2f3d6ba1812389e049bb6b0a","size":70330056},"files":{"aarch64":{"asset":"s390x_qemu-aarch64-static.tar.gz","sha256":"27fc6cbcae9a5c03c86d6de66a2c98e52d0554f4cb007c7966d034a1d1f653ec","size":4011998,"member":"./usr/bin/qemu-aarch64","binarySha256":"112fef50a35ef6065a6dbf37dcf6d2938a2329e99f324844e0cdfcc5c6636dba","binarySize":17859696},"aarch64_be":{"asset":"s390x_qemu-aarch64_be-static.tar.gz","sha256":"5235bc1b73fcd6844e26b2dd26637cf70e9eba163a41d150ce0eaecad8b47b31","size":4011669,"member":"./usr/bin/qemu-aarch64_be","binarySha256":"4fb0004a5580e76e05d3fcccbc3f06da6219a93a935727d09e4984abb264c1a5","binarySize":17851504},"alpha":{"asset":"s390x_qemu-alpha-static.tar.gz","sha256":"a71fddc4793830f5dbaf29f0a41643aa07a323ad2462b8e6e0f265f456d2dfce","size":2991255,"member":"./usr/bin/qemu-alpha","binarySha256":"aefa274abf13b1deaadcedb886f49d8138b974173b425245439fb952f2cf5407","binarySize":13642016},"arm":{"asset":"s390x_qemu-arm-static.tar.gz","sha256":"29cd8266773f6d013e3339522b9252e1e363489bd222a83448ac1e04f3946a3d","size":3467683,"member":"./usr/bin/qemu-arm","binarySha256":"cafb33ecf39b7b2b7f5ee2dc94e97f1eb1172d4fe5ca0c32b1981381c65e1d89","binarySize":15309736},"armeb":{"asset":"s390x_qemu-armeb-static.tar.gz","sha256":"9b7269b6b6c108477c034efb6da0beb980d0d404b6915907d0990d46e4d2a15f","size":3466344,"member":"./usr/bin/qemu-armeb","binarySha256":"f5ab65c7599b39a5eeea78cd17ef9129c9b9a168e9be9d8a204809b754bb07f1","binarySize":15305640},"hexagon":{"asset":"s390x_qemu-hexagon-static.tar.gz","sha256":"dfea4c4814c88148f70b0770805526c92adf408ea46e99a605b48d15a7d399f0","size":3539740,"member":"./usr/bin/qemu-hexagon","binarySha256":"15c1e10b4789bb47f1be826b57bd6b4f04351aa91c5fb465bdeec923b5584ec6","binarySize":15899784},"hppa":{"asset":"s390x_qemu-hppa-static.tar.gz","sha256":"efdd0e6c7d7f302f923cf2e2aa289cdf801b40c5c7c86df91f85f1c2ffcb6411","size":3011662,"member":"./usr/bin/qemu-hppa","binarySha256":"a36dfdec6b8a2f9b64b7ed0117b400542a99e6243380c0886f6590d60e833f13","binarySize":13702664},"i386":{"asset":"s390x_qemu-i386-static.tar.gz","sha256":"037a45ac9364742842784d16f7e30ebfe1e3f2170d64b94dcb3f032111e4bf9b","size":3226261,"member":"./usr/bin/qemu-i386","binarySha256":"124ef15a707b3dd8d6b5777e0f5e822fe528d1467d6823b3f3ba09d12153aa3a","binarySize":14462896},"loongarch64":{"asset":"s390x_qemu-loongarch64-static.tar.gz","sha256":"96cb463932c942059582c3f6d5f07c24cd0466af2fc2d80e2ff905b74e2fa22f","size":3162301,"member":"./usr/bin/qemu-loongarch64","binarySha256":"d2f35018e9687c9f88f51f20b39a97b95691b552ab89e01f3c91853f7f6fe34e","binarySize":14588608},"m68k":{"asset":"s390x_qemu-m68k-static.tar.gz","sha256":"17e277332de16d5cd593a137794dde53532ff8dd952f52337fdd71ca345d54df","size":3081393,"member":"./usr/bin/qemu-m68k","binarySha256":"67ad50065da5ab43e168e9ccdcc1b32cf06d50579b2fcaaf66ab7eae08fbe5a1","binarySize":13952888},"microblaze":{"asset":"s390x_qemu-microblaze-static.tar.gz","sha256":"4f204cb0e76465c97adaa6c207d0c483304fc240cfb79d296b1ad05b1a9033c3","size":2983269,"member":"./usr/bin/qemu-microblaze","binarySha256":"0eb5eeeaec94eaf8489d3618e217df848c89d5a880f22e5d150c3326442a16af","binarySize":13596384},"microblazeel":{"asset":"s390x_qemu-microblazeel-static.tar.gz","sha256":"a9676591a4c6d9661766f840e89ed35997fe2fc0308825534087b720bf2c681b","size":2987807,"member":"./usr/bin/qemu-microblazeel","binarySha256":"3fa005c65f48ed99da62bd0cfd10796c6aad8df6b2e023b08fbb24d610e4dc69","binarySize":13608672},"mips":{"asset":"s390x_qemu-mips-static.tar.gz","sha256":"d035b5cd25e40e2e0c1eaf68013496237174e16c36e483839053d874fb735a1b","size":3301007,"member":"./usr/bin/qemu-mips","binarySha256":"92d761029741f1d5d4b928de2fadbda4157866648654a61a9cab545ca0b47ff2","binarySize":14880024},"mips64":{"asset":"s390x_qemu-mips64-static.tar.gz","sha256":"8fe1a477df3f1b2ab3213c07abee0af35a1f1c42ab29a750b498b84543c371d5","size":3310390,"member":"./usr/bin/qemu-mips64","binarySha256":"663ac4575375df5c134a02d6893fb31536ca8cdaf390e438df286c278d81d437","binarySize":14915600},"mips64el":{"asset":"s390x_qemu-mips64el-static.tar.gz","sha256":"f1de1c2b6dfccbfb15b649eb3ecbe499bac4ab6bab9918a4c76134f19eac3c1f","size":3317036,"member":"./usr/bin/qemu-mips64el","binarySha256":"d880245bd29a30dbba41c5f67350358f1a3938a5c31861bbda49f64cba97458a","binarySize":14923792},"mipsel":{"asset":"s390x_qemu-mipsel-static.tar.gz","sha256":"dc3fd17c63a1e9963ffe044c949ca55e9b367fa6948f6385e084ba1d79e6369d","size":3305536,"member":"./usr/bin/qemu-mipsel","binarySha256":"c7ae9e0966abe196dc88d5e328366d9af43b1db9da3aa2a5ce0ba5fdd595f26d","binarySize":14888216},"mipsn32":{"asset":"s390x_qemu-mipsn32-static.tar.gz","sha256":"0182584f926c1ab49c7f252c57b2dac973624c13a9f2eb83a34f7d573cf589a9","size":3316337,"member":"./usr/bin/qemu-mipsn32","binarySha256":"6e03cee84c384a9a9b4e7e5b55aa7d4f2dd7210996a3113af4490ac67debb7ce","binarySize":14923792},"mipsn32el":{"asset":"s390x_qemu-mipsn32el-static.tar.gz","sha256":"0228bd781a00b415d17f8aa8597d1e170f2276e81f1794a8aec195a97aab9334","size":3317779,"member":"./usr/bin/qemu-mipsn32el","binarySha256":"469ee3a23c9a3c3a83b30a2566f0718ab78f00d8eecae2834fe52a072844a489","binarySize":14931984},"or1k":{"asset":"s390x_qemu-or1k-static.tar.gz","sha256":"2cdca1218f9cf0d07da47ce7670340cb77df417443abbc49762d1007bc00ab72","size":2958413,"member":"./usr/bin/qemu-or1k","binarySha256":"5d8a94920faf81306b494fc707d3a258f8ce0c1b7b6fe72f5e8e25e674508113","binarySize":13524312},"ppc":{"asset":"s390x_qemu-ppc-static.tar.gz","sha256":"605a34ef8be0c19d0317eed78acb485c491c6626b042ee84484a082e88f539ae","size":3311338,"member":"./usr/bin/qemu-ppc","binarySha256":"01b5027599e63281a1248a84a623d4d847f3a187086074ef01f8ee0972092651","binarySize":14684440},"ppc64":{"asset":"s390x_qemu-ppc64-static.tar.gz","sha256":"658aa3a39d2e127692a413e9ccb4a0cde1252166f30984fe454cfa393d16d950","size":3328214,"member":"./usr/bin/qemu-ppc64","binarySha256":"26e3701a4c209a2ed1dced0f8b6f8c128ebd950dff1e30a05d6cdb4cf2c87b45","binarySize":14759160},"ppc64le":{"asset":"s390x_qemu-ppc64le-static.tar.gz","sha256":"4cadf4339bde685492cb3f16164168dc31de5c869ee0e32e95e44e1442d01701","size":3335368,"member":"./usr/bin/qemu-ppc64le","binarySha256":"e2257ca8b065054af913e756f0683e04862bb06cc53f10d5061388f24ae858a1","binarySize":14767352},"riscv32":{"asset":"s390x_qemu-riscv32-static.tar.gz","sha256":"3d6389f0f19106c7bc49fa16fae5f5f35775805aae13ad3148b8558fdf9fe0a7","size":3307271,"member":"./usr/bin/qemu-riscv32","binarySha256":"e28a699114c56c6db900893eb3b77ee619022025cc63135b3f4655c77772b850","binarySize":15279584},"riscv64":{"asset":"s390x_qemu-riscv64-static.tar.gz","sha256":"6f7a5ebe940123890ab001aac853d5960cc0d3027f2cd5d3ccb4c55ed2590bd2","size":3334314,"member":"./usr/bin/qemu-riscv64","binarySha256":"e34c09092fee10432814193acc9a78fbc51c5067c830ff3d07304cbb71908f4e","binarySize":15361504},"s390x":{"asset":"s390x_qemu-s390x-static.tar.gz","sha256":"b458a49ee31d1a77329e2fdb162ba685f72f1766d5df68491b79b89aeb470e1e","size":3139753,"member":"./usr/bin/qemu-s390x","binarySha256":"b2303e840e1e84d911387a74ed1ddc586fd5b016ac2138fbc3c1f5724ef9fa4f","binarySize":14210464},"sh4":{"asset":"s390x_qemu-sh4-static.tar.gz","sha256":"f5afdc1ba79e8951c8e4f884474aef85c8d1c006e0f5d9b591ee9ffd061c226a","size":2993538,"member":"./usr/bin/qemu-sh4","binarySha256":"e012d3a771c075bd23fdb70727786a0dbfa18d4fca67f3dac717580c61292d66","binarySize":13630744},"sh4eb":{"asset":"s390x_qemu-sh4eb-static.tar.gz","sha256":"8a4606383baddf19d66692a6d28e6bcfaaf26ba40c168c074b1866903de43969","size":2991267,"member":"./usr/bin/qemu-sh4eb","binarySha256":"24a0b9dc699c259f6b788e44ffa2353583421479adf289bac7491c53080d3f10","binarySize":13622552},"sparc":{"asset":"s390x_qemu-sparc-static.tar.gz","sha256":"8336e4857d6c561a73b4431189ff731d69d9b37bd504c3a6abb0053be3eee71e","size":3033712,"member":"./usr/bin/qemu-sparc","binarySha256":"ba19056bc564081e266272af33dc1669aeb8b84bf6dc0f6cca27cd15bfb80e91","binarySize":13879368},"sparc32plus":{"asset":"s390x_qemu-sparc32plus-static.tar.gz","sha256":"af7ff6d3ce5f7efc8471e3e9b1f14208e8eddec0fc8e832e5bdb26882f9e4b1a","size":3073356,"member":"./usr/bin/qemu-sparc32plus","binarySha256":"718844ece68ecb10affa0419ebade4660e288d0ef00fd9680d919b671ae43204","binarySize":13978856},"sparc64":{"asset":"s390x_qemu-sparc64-static.tar.gz","sha256":"d1f82ed4e7c9839ae3a840e3cbc5fc9b78c1de64d59bcc4218a7b731f4da2b3a","size":3068731,"member":"./usr/bin/qemu-sparc64","binarySha256":"552f02845b0b3c6aea50944df639fa883497bdff98fab9553bd41aebcc7c6d66","binarySize":13970664},"x86_64":{"asset":"s390x_qemu-x86_64-static.tar.gz","sha256":"c1388c7f4780aeab8359270975b45c976c7b6280e7eea9d7f5d47b3ae494a987","size":3220371,"member":"./usr/bin/qemu-x86_64","binarySha256":"6d69a10af4212cf4c9676127f1912696b4aec173663276403b683ad216f7b77c","binarySize":14443112},"xtensa":{"asset":"s390x_qemu-xtensa-static.tar.gz","sha256":"9b075ef0066e3c605d345e0bf369458486a113f2318130fc35de9ed6e8cb341e","size":3777982,"member":"./usr/bin/qemu-xtensa","binarySha256":"d78b5b339328e07c492b2e4ad11a2b1d720a1cdd92a75cc5b238ec1d312a3bdd","binarySize":17924816},"xtensaeb":{"asset":"s390x_qemu-xtensaeb-static.tar.gz","sha256":"74cdcd10e04917e5a297fa7683e1f123d910ad271fdfa7b720bb46158a0f0a7b","size":3758726,"member":"./usr/bin/qemu-xtensaeb","binarySha256":"60c1d1dd09c2ef0c8872a33962afa65cc42559cc0aef95a473c3feddee89f5ec","binarySize":17746776}}}}},{"id":"7.2+dfsg-7+deb12u18+b3","debianVersion":"1:7.2+dfsg-7+deb12u18+b3","package":"qemu-user-static","archive":"debian","suite":"bookworm","snapshot":"20260712T101637Z","tag":"qemu-v7.2-dfsg-7-deb12u18-b3","hosts":{"x86_64":{"arch":"amd64","deb":{"path":"pool/main/q/qemu/qemu-user-static_7.2+dfsg-7+deb12u18+b3_amd64.deb","sha256":"c3e3ba2bd87f8c5b9a5da5ef21b5a3b82d7c63b89dd448d9ddaa4eabc5b6e402","size":62603724},"files":{"aarch64":{"asset":"x86_64_qemu-aarch64-static.tar.gz","sha256":"5d379e9f35be04519aef4ab44643cb04c7235e0dab2e89192c363e124cd88341","size":3020188,"member":"./usr/bin/qemu-aarch64-static","binarySha256":"4f55e2e88dc05dc0f619562d5795b8eb25ed2ad2547504fb4835207a6911c350","binarySize":12918384},"aarch64_be":{"asset":"x86_64_qemu-aarch64_be-static.tar.gz","sha256":"aea819e3b847bb83fa27ebdaf77ad8fc4483e6f569189a7310ad6db5365309bb","size":3020570,"member":"./usr/bin/qemu-aarch64_be-static","binarySha256":"b26d0b4e5e6fe7b2c0c528ac023439c5b4f053da2f1401618503b58beb6b7213","binarySize":12926576},"alpha":{"asset":"x86_64_qemu-alpha-static.tar.gz","sha256":"a67772589004ffcfb1535f148554b8cf4cd475b3ec8a0e2767d5eba0471f1966","size":2264849,"member":"./usr/bin/qemu-alpha-static","binarySha256":"f88483c160026dff54b493d034e3624943ae2478b54705c56247a0f652b01c2e","binarySize":10135696},"arm":{"asset":"x86_64_qemu-arm-static.tar.gz","sha256":"7c3398ee29bb0d14999d74f1143a228f5842ae8bb64fa4302fa11db63550bb3a","size":2648775,"member":"./usr/bin/qemu-arm-static","binarySha256":"4707fc8fee4660dba6d150d930152d995f2aa784e3b52b4deb8be282533d1f87","binarySize":11284016},"armeb":{"asset":"x86_64_qemu-armeb-static.tar.gz","sha256":"ee1de224631ecfede10b2bc4b468ecd468485c346c3c8e97928d0d1ab90168ac","size":2652591,"member":"./usr/bin/qemu-armeb-static","binarySha256":"01c0572df8c381f8a54ee83c8e3dca49a542b544bc2d9ca1cc3d5b7da11e5cbf","binarySize":11292208},"cris":{"asset":"x86_64_qemu-cris-static.tar.gz","sha256":"3eb8e2646e5dd296230eb833e3546174d4a0d9fc560e66a2731ec77edfaa5d28","size":2271502,"member":"./usr/bin/qemu-cris-static","binarySha256":"2982564fbc88dd4701339313f732a569034ba5f093a1ff41816670ba95fa7580","binarySize":10119056},"hexagon":{"asset":"x86_64_qemu-hexagon-static.tar.gz","sha256":"2e16f2079a950e176b8baf81a894f179f75374a4873fbcb3ce6eeffef3634b13","size":2776728,"member":"./usr/bin/qemu-hexagon-static","binarySha256":"75ac148d822b8e4bf614fb33857052a183b5256798c6a7a973f8ed10ae10e91c","binarySize":12716272},"hppa":{"asset":"x86_64_qemu-hppa-static.tar.gz","sha256":"6d0b890766e32415b54344c625a4af7948568a71f6a669d107cd8984d8dab98d","size":2295384,"member":"./usr/bin/qemu-hppa-static","binarySha256":"d7d78c011550008f6dd3fefc31ee8ce14cabc6c157128439a9abd347fc90a638","binarySize":10197136},"i386":{"asset":"x86_64_qemu-i386-static.tar.gz","sha256":"6d0c58fb379863c9d9f00fb9bdefc92847e88300a2321311e5245ffebd0f31ee","size":2488947,"member":"./usr/bin/qemu-i386-static","binarySha256":"a26e7305a383a7bc67080f6e5bce72dedcc3612080a023a4b0fdc4629a7cecc2","binarySize":10800112},"loongarch64":{"asset":"x86_64_qemu-loongarch64-static.tar.gz","sha256":"2f349ebb9a081381cdcd1d1b84b8fb3b462d1ae62c21332bd2c3dd8382d8215c","size":2265518,"member":"./usr/bin/qemu-loongarch64-static","binarySha256":"bd9a514632619fb0f90692b1f5df8ec93e5f4a562a361056e5e6a36b966cd10d","binarySize":10115216},"m68k":{"asset":"x86_64_qemu-m68k-static.tar.gz","sha256":"c4d5c409f1d05c9307075c58497af77053e436a81c783dc7587329dce22c3324","size":2363905,"member":"./usr/bin/qemu-m68k-static","binarySha256":"dcefeb7ebdfe0c68e2e6148ffe19c7cfde2c684901452213f73fa126c0b8672f","binarySize":10443024},"microblaze":{"asset":"x86_64_qemu-microblaze-static.tar.gz","sha256":"21b08ee8a1180d3f830272d2178e6b0f3332ba3c2ff118ddafe8d96421c0f776","size":2270668,"member":"./usr/bin/qemu-microblaze-static","binarySha256":"7109d4271240555eb375f6f73d0681ebde4738526867ee306b63215e909e6a79","binarySize":10117488},"microblazeel":{"asset":"x86_64_qemu-microblazeel-static.tar.gz","sha256":"6d269e14569c83d3df305d8c482b600c3061fe4bec0e0d9ae4aa5e790686874a","size":2268197,"member":"./usr/bin/qemu-microblazeel-static","binarySha256":"aeda7ad6302296ae31ec143dd481d9ed71051e55562ac1bfda58884b1e8f2b03","binarySize":10109296},"mips":{"asset":"x86_64_qemu-mips-static.tar.gz","sha256":"7fcd0a567b117602cbc633a63279894ef2c99b639e19b18f3dea0ede8627c7ba","size":2533597,"member":"./usr/bin/qemu-mips-static","binarySha256":"a2956a2a10ea76552c3d67c889f1f40883753dbf150b99f6ce0647801e1cd30f","binarySize":11193200},"mips64":{"asset":"x86_64_qemu-mips64-static.tar.gz","sha256":"326e904b74dfc5ed041a7b89687e77be4b3f7f4f1209953d6a2030b4e2c4ef01","size":2546823,"member":"./usr/bin/qemu-mips64-static","binarySha256":"b1f3fc1d4d85c56226f1269525d3b66c8a4c192bc2027b8bd181817a10e5db30","binarySize":11238032},"mips64el":{"asset":"x86_64_qemu-mips64el-static.tar.gz","sha256":"fbb15779f9e403d7c9569e392b947984c9885ad98cc6d18b2f1b5e0dd124dd00","size":2542956,"member":"./usr/bin/qemu-mips64el-static","binarySha256":"60a4f793e8df59b94bf69810b8b7b778ea81956eaf4a788194387f7dd5554336","binarySize":11229840},"mipsel":{"asset":"x86_64_qemu-mipsel-static.tar.gz","sha256":"32b75daa9c55f5712820e6266f0a162db16ca466252b17318b26f182f4762c22","size":2529714,"member":"./usr/bin/qemu-mipsel-static","binarySha256":"695eaf6c502c7e6615199dd8e01979ee43c04f2d74d08bb4eb3534630e56f5ff","binarySize":11185008},"mipsn32":{"asset":"x86_64_qemu-mipsn32-static.tar.gz","sha256":"fa9511da0e655450f0b48b7181dae40b38bfa43dbe30026ac9f58e2786ad1752","size":2547527,"member":"./usr/bin/qemu-mipsn32-static","binarySha256":"a7714e26e19b1c819aa7eec99a962f623955dade2603c75cd5282dae73917521","binarySize":11242128},"mipsn32el":{"asset":"x86_64_qemu-mipsn32el-static.tar.gz","sha256":"36ae13f03a0f5f6430b0b3023cb9edbd3039787123b0bcabce44300acb3a0c04","size":2541770,"member":"./usr/bin/qemu-mipsn32el-static","binarySha256":"51f94561dcbc948276c5062553fa13b1db6afa6e39e4bfd382d33fd111db421f","binarySize":11233936},"nios2":{"asset":"x86_64_qemu-nios2-static.tar.gz","sha256":"3231e0816fcc0120730cb96b026e531e2dbfc805f1b3b204f317dd38563ba74a","size":2243872,"member":"./usr/bin/qemu-nios2-static","binarySha256":"c3a8d7e422edb2ca69c817d1561c6f44abaab279d495f3a2649ac01673fde2ab","binarySize":10068944},"or1k":{"asset":"x86_64_qemu-or1k-static.tar.gz","sha256":"8ab2af65e622a1b0b302bc042ad76ac79f58edc87cf0d05d4909c6d6b0f49063","size":2249294,"member":"./usr/bin/qemu-or1k-static","binarySha256":"10239c4f213418801443c2815245758ad6c41482c7bd7529aa31dabf6401a6eb","binarySize":10053680},"ppc":{"asset":"x86_64_qemu-ppc-static.tar.gz","sha256":"e0054e8d2823b1ed47763f17820c7221b2f92a727c69c024a4771e185b3d2bf5","size":2555670,"member":"./usr/bin/qemu-ppc-static","binarySha256":"24f44958edc210ab150f2132cc668b592864f7d7b1f00e054ff335742176849c","binarySize":11096304},"ppc64":{"asset":"x86_64_qemu-ppc64-static.tar.gz","sha256":"eec28f0695a213431119fa27ec5c579002ad4db4e4e5b85e5a5d0e598a7853b9","size":2579696,"member":"./usr/bin/qemu-ppc64-static","binarySha256":"b0e21ea87c10d7e6b2fda43682dd93546aacb3437d78bd95f8fa1d96d67b7418","binarySize":11171184},"ppc64le":{"asset":"x86_64_qemu-ppc64le-static.tar.gz","sha256":"0485e3d98a3b8682a4aee7624dc0a4fef7ef29ca46ce17b795ae04085715b862","size":2579397,"member":"./usr/bin/qemu-ppc64le-static","binarySha256":"8bb66df7a3ebc66356fc89f5ec08acf3184dfa2af684fa03f737e2c37f5d5e2b","binarySize":11162992},"riscv32":{"asset":"x86_64_qemu-riscv32-static.tar.gz","sha256":"170b81736f08d0cd4b8d56bf15840b95d89ae636b41063cf96d092c7d3047820","size":2482325,"member":"./usr/bin/qemu-riscv32-static","binarySha256":"8d4bbe04ffc6ca304ba047a3b9539f85ba803113c4671e20cd32f0d5ccf21e76","binarySize":11284304},"riscv64":{"asset":"x86_64_qemu-riscv64-static.tar.gz","sha256":"ce225930de152b45039d98f441406309fce74217753c1712bd1fd93d3493dc4a","size":2487667,"member":"./usr/bin/qemu-riscv64-static","binarySha256":"555165a5f638551572c53cf0844942b781aaa13681bb6a838170d8ef4f1c207c","binarySize":11308880},"s390x":{"asset":"x86_64_qemu-s390x-static.tar.gz","sha256":"f5922bbf63fbfa6b83aef1fff8120c263768a9782653eaae6ad1489ae2f14a11","size":2403320,"member":"./usr/bin/qemu-s390x-static","binarySha256":"eaae13a250d6f10419de73f3a04ee11f6b27b4f1d05251ac74340a8f5d67dddb","binarySize":10594256},"sh4":{"asset":"x86_64_qemu-sh4-static.tar.gz","sha256":"08d5aec0a600ddf8662425058c0c64bbab219773bc1ebf07af4424f11edd84dd","size":2271855,"member":"./usr/bin/qemu-sh4-static","binarySha256":"64cb4e1d85e3f8a65a1844017ddb620a9467ea5f81f26ecd73bd37b1ddc7bc1f","binarySize":10140048},"sh4eb":{"asset":"x86_64_qemu-sh4eb-static.tar.gz","sha256":"12a8c9ac6b9508a9d5bd1f01b6777faf986e555bb9bef87d71d183c2f322d921","size":2279849,"member":"./usr/bin/qemu-sh4eb-static","binarySha256":"e131574171a3579f372e4ebaad65c4f023785d401d51a03518df8986d2b8dc25","binarySize":10144144},"sparc":{"asset":"x86_64_qemu-sparc-static.tar.gz","sha256":"faa5454327950234396f681f7a8bb102ee7ad42da448c9f32394cfd94b87696f","size":2324955,"member":"./usr/bin/qemu-sparc-static","binarySha256":"0aa01cfe0ba403e87c522fbb69692c660cf9c0b416684347865124ffc0fdc00e","binarySize":10384432},"sparc32plus":{"asset":"x86_64_qemu-sparc32plus-static.tar.gz","sha256":"605d7f490a20d6ab272b106ad0dea0cf1130d3ac1731944d6e5c4f3b959f4d93","size":2344772,"member":"./usr/bin/qemu-sparc32plus-static","binarySha256":"d37a7418314bc41ab38d16a4337b04c90fc75804c96d9ff19bc44eb8b8af51b7","binarySize":10441776},"sparc64":{"asset":"x86_64_qemu-sparc64-static.tar.gz","sha256":"9ed620925d80de3cf135125f51f8113bdad8c7a1363b76a87822970d084f440e","size":2342445,"member":"./usr/bin/qemu-sparc64-static","binarySha256":"668b63dd3230c2f33c5c3de3058c7689e95dbea7791c6a397bdffb9e3037f094","binarySize":10437680},"x86_64":{"asset":"x86_64_qemu-x86_64-static.tar.gz","sha256":"26c4186dfe8fbfdd7af5f9c5802f0c6f8f8a0e89b5d7ac30d834418900e2c0da","size":2480153,"member":"./usr/bin/qemu-x86_64-static","binarySha256":"8f2e8d5017b23a877fdf52e4021e6348bb5ad92306dd0d0615159ab6276da442","binarySize":10787600},"xtensa":{"asset":"x86_64_qemu-xtensa-static.tar.gz","sha256":"9f15936c2262b849f327718c7e70680599eecf75e16396cbeff7cf36e49c7d9f","size":2921783,"member":"./usr/bin/qemu-xtensa-static","binarySha256":"d0c7a47da8e1dec432e595a1b1a19e38f5748c4c1936b47d4e86b0d6841a9ed7","binarySize":14335952},"xtensaeb":{"asset":"x86_64_qemu-xtensaeb-static.tar.gz","sha256":"7fe5d88ed18c0a3dfc6b8611b761774b8209a4654964af2940ef7146f068172c","size":2904058,"member":"./usr/bin/qemu-xtensaeb-static","binarySha256":"0b6e21b317a6fdd57519f2a191e60246eef90b627e65d595b31e49e60b7d2a70","binarySize":14171952}}},"aarch64":{"arch":"arm64","deb":{"path":"pool/main/q/qemu/qemu-user-static_7.2+dfsg-7+deb12u18+b3_arm64.deb","sha256":"e420c417c12b42ca774795b62888d5388da0e08c1ef263dea1490e5ce4e32a0b","size":56490396},"files":{"aarch64":{"asset":"aarch64_qemu-aarch64-static.tar.gz","sha256":"79b4cfacb62d50fcab6cba63652c4f82b6258e1c52ea7f10f5b37240ab9741a1","size":2942442,"member":"./usr/bin/qemu-aarch64-static","binarySha256":"d2940d30ac6085d02f5bdb4c4bb68174e82b36f32c5d1f9333c200932292fb29","binarySize":12882904},"aarch64_be":{"asset":"aarch64_qemu-aarch64_be-static.tar.gz","sha256":"01ea0c25b9ef198023f0c7d74cbb7cf370df8eef528221bf315b37d2d238ba16","size":2947798,"member":"./usr/bin/qemu-aarch64_be-static","binarySha256":"322ecc070bdec0dad43d8442b455f8181186e7f7ab5e56c1b9a7dd3c91d1a0ca","binarySize":12948440},"alpha":{"asset":"aarch64_qemu-alpha-static.tar.gz","sha256":"a15f0b1eef258b951284fcff4b8e94a52031c77a0c8c9c9dfdd9ad02c71e477c","size":2189544,"member":"./usr/bin/qemu-alpha-static","binarySha256":"7bee85982223b34ee5e22513c0c245f0ce7b54aee06fb51128f903aea43592cb","binarySize":10063448},"arm":{"asset":"aarch64_qemu-arm-static.tar.gz","sha256":"96da02259d46cbbc63e44981246c16fa691fe1ea5c2fb6b9db465640d9791715","size":2565895,"member":"./usr/bin/qemu-arm-static","binarySha256":"0a8a5104304a8eb5d540174dfa93aa515c90c0173bc9fc6a01f175e5e3a35178","binarySize":11244456},"armeb":{"asset":"aarch64_qemu-armeb-static.tar.gz","sha256":"83890d533a07f552001ae6ecd863192b7d54589aaba90d3f286b1ed2f7befd71","size":2570511,"member":"./usr/bin/qemu-armeb-static","binarySha256":"ce907d708ff6a82143a4b4edf69b1ff9f671ab9d5032e49a6f1002b84f6922ad","binarySize":11244456},"cris":{"asset":"aarch64_qemu-cris-static.tar.gz","sha256":"a20e1d444c67b97089ac1045c4ebe5d0c475b76f758a595a15c1d57c1304f323","size":2192742,"member":"./usr/bin/qemu-cris-static","binarySha256":"f25becda4bdb876a86562df50c6a63d15140d23c9479a83958d8f45b97081cdd","binarySize":9997688},"hexagon":{"asset":"aarch64_qemu-hexagon-static.tar.gz","sha256":"cbb93bc1640ada08ffd0335f6e6cbbec88c26a2f3a7b0bc3e1ec95d583892228","size":2650926,"member":"./usr/bin/qemu-hexagon-static","binarySha256":"c143bde30f7ef3338b0fbfb056a1b87c0c6ebc7b4fd65beaa5e8244a1e4fe045","binarySize":12619432},"hppa":{"asset":"aarch64_qemu-hppa-static.tar.gz","sha256":"ebd7a2a48f1ca2f389e745d4aac123afb03907046cfb09b8f16e2e773efa2e37","size":2211498,"member":"./usr/bin/qemu-hppa-static","binarySha256":"66e6a29733a83a05534b96cb43a987603dbb491a319ac246cdbe78d597694bb0","binarySize":10063448},"i386":{"asset":"aarch64_qemu-i386-static.tar.gz","sha256":"d84cd0c80c7ef8f9cd49b6f7b3bc8ba778fa83e1f48efe8d8cb9e0f61f706142","size":2397278,"member":"./usr/bin/qemu-i386-static","binarySha256":"780a2ba1b55023d2a86a4d6a500fb33d91ec8a42d410cee042031a26a0b57c86","binarySize":10690520},"loongarch64":{"asset":"aarch64_qemu-loongarch64-static.tar.gz","sha256":"1a9b207ff824253ba1936db3633146ca86229815f0d6006eb1069fb91193bb5a","size":2187184,"member":"./usr/bin/qemu-loongarch64-static","binarySha256":"37a21cbc499bf8dd5506531bee101ff6362cd128be61bb846d6c2fce967d3c6e","binarySize":9997896},"m68k":{"asset":"aarch64_qemu-m68k-static.tar.gz","sha256":"f9408384a9c5b2a8813d2ee5ca485887c4660da714258725ef12138457034a0e","size":2281516,"member":"./usr/bin/qemu-m68k-static","binarySha256":"d75fe50c70e01670a613c5650167ce182690e57b2e1d73d068c3db7ac4b9976d","binarySize":10325720},"microblaze":{"asset":"aarch64_qemu-microblaze-static.tar.gz","sha256":"78d0786c477a7b0cbedfac2ca4560dd0852a1f156c22e807cfd15111f1a106b7","size":2191575,"member":"./usr/bin/qemu-microblaze-static","binarySha256":"6cb147d8bd358098f2e460e4372835accea95527af8072491f9c5d737de2afe7","binarySize":10000168},"microblazeel":{"asset":"aarch64_qemu-microblazeel-static.tar.gz","sha256":"b7717b9dcb146c741230e472d92702462f92ca449ceaa64ad4d9d14a895872c5","size":2190932,"member":"./usr/bin/qemu-microblazeel-static","binarySha256":"4350165c894190e88ad2b030b724197dfc6dc3ba4cfb0d49c35a40eb39b8bb1e","binarySize":10000168},"mips":{"asset":"aarch64_qemu-mips-static.tar.gz","sha256":"e9ddd709ee0f82db304a4f034a6b23bfd74a9bbee92fe87ac2df2441921b363a","size":2433647,"member":"./usr/bin/qemu-mips-static","binarySha256":"59ffa028f686a783c1364a9dadeecd67a2780ad431b55d87a728b4720929820b","binarySize":11047176},"mips64":{"asset":"aarch64_qemu-mips64-static.tar.gz","sha256":"e6bce02b07525e1647dd1502824cd4d2bab174d6fce0ae1cabc05fb68931e36d","size":2445622,"member":"./usr/bin/qemu-mips64-static","binarySha256":"39e8259f1dab775e44846c94f988341379536fef09f880d33052daaf09ae43e9","binarySize":11112488},"mips64el":{"asset":"aarch64_qemu-mips64el-static.tar.gz","sha256":"fd571d088c6787bf2ed958b4943b4c187500c204eae79c1ad9a3709b5b888ef4","size":2443448,"member":"./usr/bin/qemu-mips64el-static","binarySha256":"2956a8b45e71ba2e3e4ab21c9ceb7ab794413deba349365a0e6e0746a6d4bd40","binarySize":11112488},"mipsel":{"asset":"aarch64_qemu-mipsel-static.tar.gz","sha256":"7492d9275e308aabc7faf02b6fad851e1c345def6c87c60748ce0f9a10ee30fb","size":2428750,"member":"./usr/bin/qemu-mipsel-static","binarySha256":"166502bf6387141eb47be7eb366604b2afab1981d387247dcdcf81efe46ecf5c","binarySize":11047176},"mipsn32":{"asset":"aarch64_qemu-mipsn32-static.tar.gz","sha256":"d660c8d786c7622dfdfa140785446dd5359c7581fa30463d67ec44ce0a71bafd","size":2450179,"member":"./usr/bin/qemu-mipsn32-static","binarySha256":"73bf3eb364a497d624fbeb41b7608d50592b4c98c4d05aef14dde4d211c12bf9","binarySize":11112488},"mipsn32el":{"asset":"aarch64_qemu-mipsn32el-static.tar.gz","sha256":"219bc65eeb903991ded538777149c0f3377b864abd443b3a59aadf4e4fb51d07","size":2444409,"member":"./usr/bin/qemu-mipsn32el-static","binarySha256":"04089d285a3fc33e789c92e84be89ff86f06e5d98a5944bea1b0985e5d6b8aa0","binarySize":11112488},"nios2":{"asset":"aarch64_qemu-nios2-static.tar.gz","sha256":"4f48d94c83217954db5d25fdd1a49994c84695d9b3fa0ea26f47ac0179868c04","size":2166803,"member":"./usr/bin/qemu-nios2-static","binarySha256":"2cfba9e98f45d96cca0c08cd26795e98c8741b464d7ccd7a34d6c433ec5bc6ed","binarySize":9935208},"or1k":{"asset":"aarch64_qemu-or1k-static.tar.gz","sha256":"8356c227993481dcc8550f604e9b39503f13b7d8b9a2dafb30ff1cdd725b5e87","size":2168113,"member":"./usr/bin/qemu-or1k-static","binarySha256":"254f20642f4a4444cf995b2a7b8dd0c63ca202c346e87fa153ed659eed7d4549","binarySize":9932280},"ppc":{"asset":"aarch64_qemu-ppc-static.tar.gz","sha256":"84bf3f5344e4e4a88121d24759d520b2f1c205ccf98c35f03439aad8ac0b5967","size":2477871,"member":"./usr/bin/qemu-ppc-static","binarySha256":"57af574dbfb597908690c23f1f0ae22cb475a945d6f174fdb2cd4b05267351c0","binarySize":11036312},"ppc64":{"asset":"aarch64_qemu-ppc64-static.tar.gz","sha256":"ba4612c67fa5d587576e64b579c0afb19c8de726e957d518e66f79d1b61b695d","size":2504747,"member":"./usr/bin/qemu-ppc64-static","binarySha256":"a733be627ba443545dd2e667ac5460525479a752e3d0893c236edf8017943254","binarySize":11107096},"ppc64le":{"asset":"aarch64_qemu-ppc64le-static.tar.gz","sha256":"3749eb805eb43eaa0f958b5b661ac6d3d781855e985c1447e32f8515b95b7c85","size":2495347,"member":"./usr/bin/qemu-ppc64le-static","binarySha256":"e0880f3747ab17e73bfe2ec1015d7362681e7b53159ee66fda8b8a64b966f00b","binarySize":11107096},"riscv32":{"asset":"aarch64_qemu-riscv32-static.tar.gz","sha256":"4005a5d5b63d01bef364fa4ce7c0ca4486aa99d8b587ac5e38f493f3ec0c295e","size":2388786,"member":"./usr/bin/qemu-riscv32-static","binarySha256":"6716b0f5c7052fca629a06c5318e8038c9cffa3385bd1a2f1f9139f8eedc873a","binarySize":11183416},"riscv64":{"asset":"aarch64_qemu-riscv64-static.tar.gz","sha256":"7429d13285da31f8fbd9d831fd2e4c1d597ee465fa11cae7047e7d3916d56325","size":2401234,"member":"./usr/bin/qemu-riscv64-static","binarySha256":"71a44b9da8d86764a971ca752bd9076b2dd328881db0767e351c4ac0a30cead9","binarySize":11248952},"s390x":{"asset":"aarch64_qemu-s390x-static.tar.gz","sha256":"1a190e0486263aad55fa486b68333477cb8cd74f23549bb087aba94dff36cbbd","size":2325592,"member":"./usr/bin/qemu-s390x-static","binarySha256":"5b4d7dac97494fd42ad3c056f48b95b9edea9acab0cf9fb7d7d9d065855f0cae","binarySize":10468760},"sh4":{"asset":"aarch64_qemu-sh4-static.tar.gz","sha256":"7c579c9a38bd2c19452d7967d8bba0915025d409b105a1703e6a9f07fa3f1096","size":2189132,"member":"./usr/bin/qemu-sh4-static","binarySha256":"bc13a370ef44e8cfc270f0114db65bafab89f7644088ecbae0c8adf94c7a303c","binarySize":10063688},"sh4eb":{"asset":"aarch64_qemu-sh4eb-static.tar.gz","sha256":"70d7e334592df772bfffcdb368abccfbe1477d5fea2071c19a8093265d5530ba","size":2197525,"member":"./usr/bin/qemu-sh4eb-static","binarySha256":"43fcb90759cfede5521a32576f8b217248de2bc692b9108300a9f9649cf191fc","binarySize":9998152},"sparc":{"asset":"aarch64_qemu-sparc-static.tar.gz","sha256":"62d57ace5c2bbfb55bdbdd7560607e42a78045d936b2c73933f91d9620d676bb","size":2239365,"member":"./usr/bin/qemu-sparc-static","binarySha256":"e6e345b2ae4888ca5e9d0c831538931e26e7b4aa6c21d75c756f4dad3b118884","binarySize":10263000},"sparc32plus":{"asset":"aarch64_qemu-sparc32plus-static.tar.gz","sha256":"7acb8d14d0ae4b6472c112fb259f22d185c47668f3fb8709cab76b12e2b78385","size":2261729,"member":"./usr/bin/qemu-sparc32plus-static","binarySha256":"e58801ab7ecfade738c276231f4e513a687ef4a6bc1da7a9515021bba6a09c14","binarySize":10328536},"sparc64":{"asset":"aarch64_qemu-sparc64-static.tar.gz","sha256":"c12c3852bf69c22d6b80b1af44d56ff24f52a449e4d1963c59a624c123f25bc4","size":2259424,"member":"./usr/bin/qemu-sparc64-static","binarySha256":"e563d55a41032108c8d1ecf8c0150c3f1a0e0cdeffe1e9229364deda229d3077","binarySize":10328536},"x86_64":{"asset":"aarch64_qemu-x86_64-static.tar.gz","sha256":"e267178444d80ac3d2d908a8ed8750ea50b433e1b082c9d0ca52284b83f1a1bb","size":2383858,"member":"./usr/bin/qemu-x86_64-static","binarySha256":"16ce7dbb6626f3c0e1f932f831817dbf3b506c848a168d16f2172151e9666594","binarySize":10624760},"xtensa":{"asset":"aarch64_qemu-xtensa-static.tar.gz","sha256":"9a05f929fa1a5a0048431c3db81405b08a09b0335cb7a625cbe158d81b656f95","size":2803262,"member":"./usr/bin/qemu-xtensa-static","binarySha256":"16139a182f7c6f97afffe9909027b16c5a20df0de4b2ac8db5acdb8803247945","binarySize":14099896},"xtensaeb":{"asset":"aarch64_qemu-xtensaeb-static.tar.gz","sha256":"6f63da6ca52147d5ac803793e2480b8e3fdc44c2f37c0cb821ed8f29379b79d4","size":2787953,"member":"./usr/bin/qemu-xtensaeb-static","binarySha256":"8e10252b0469b25e8371b282a2d993bc9ff64eed374632b09e86c5a986eba073","binarySize":13989432}}},"arm":{"arch":"armhf","deb":{"path":"pool/main/q/qemu/qemu-user-static_7.2+dfsg-7+deb12u18+b3_armhf.deb","sha256":"426cea7e531bcbf6a14c174cf018a58a731c2056765278f732986a09aede9f89","size":20576312},"files":{"aarch64":{"asset":"arm_qemu-aarch64-static.tar.gz","sha256":"a8fcc758c6ef08c9e5a8297891bc28405a0e8e031bef9255cb737c0242bc0619","size":2391289,"member":"./usr/bin/qemu-aarch64-static","binarySha256":"a26fb51967c49bd100d8d9f4865f643c1a7084cc60de583cde55ac33c62f30a6","binarySize":7592904},"aarch64_be":{"asset":"arm_qemu-aarch64_be-static.tar.gz","sha256":"09ac0d8ddab082a094cc9c0f3c1d2880eef6246b9f72bab93b977402a5349b04","size":2397002,"member":"./usr/bin/qemu-aarch64_be-static","binarySha256":"360f2ecae54578459bbfdd78f5360b33c257e81300f6ab97b14d42324e0816b1","binarySize":7597000},"alpha":{"asset":"arm_qemu-alpha-static.tar.gz","sha256":"90370325f4e25eab999562c25cd5cf5b8af29a45491165823b3c2b2f91856330","size":1772135,"member":"./usr/bin/qemu-alpha-static","binarySha256":"c65c0a6fb525dbe9e3de309c157546e9d53df2e0a9f89e417e6e7ad56cec8d8c","binarySize":5990480},"arm":{"asset":"arm_qemu-arm-static.tar.gz","sha256":"f4931dc9c6b042590eb5ae2995040d772f8865424da7342b2ce28b00b79fccce","size":2058753,"member":"./usr/bin/qemu-arm-static","binarySha256":"777c3c077bf9804b7075377c04a5f07e4f481fcf0abd2a2c4bfa56d32ee95fc8","binarySize":6619888},"armeb":{"asset":"arm_qemu-armeb-static.tar.gz","sha256":"b2f46be50ca7b625e4c92d210f5db06e9352c11f6bb9b72fbcb86e3721aa9537","size":2060678,"member":"./usr/bin/qemu-armeb-static","binarySha256":"78b9b2afa186bf3fc5b808e5d3a0d824105a702f1e97866f14ed6815e79bf049","binarySize":6628080},"cris":{"asset":"arm_qemu-cris-static.tar.gz","sha256":"df647d2b4ef817523c44be80959b9a6607063dc4b9b65211392b43e3e0e15a90","size":1764466,"member":"./usr/bin/qemu-cris-static","binarySha256":"4571eeae3e70fd2010f8ce112eedc5f0f4624c33e94442daeb975d41e6d37ec9","binarySize":5963568},"hexagon":{"asset":"arm_qemu-hexagon-static.tar.gz","sha256":"3a7abcd21d9edff5fe71935cc9316b6af4eed89b9b86de5e0f698f9513a569d1","size":2120230,"member":"./usr/bin/qemu-hexagon-static","binarySha256":"68a3c415297bf319ad437d441907f5e9bc12187712b9fdfae82fa848aa2cdbee","binarySize":7446496},"hppa":{"asset":"arm_qemu-hppa-static.tar.gz","sha256":"363782144aeada4dc1252a8873fb8c8ecb1bc3b7ffd45b50b089959055f68962","size":1775551,"member":"./usr/bin/qemu-hppa-static","binarySha256":"fcf5de57249ae2c325ec4cf0634e5de01e45a13985ba9daaa717c68d86b951e3","binarySize":5992376},"i386":{"asset":"arm_qemu-i386-static.tar.gz","sha256":"26435b4d4fde9505f935f2406ea031edce69bb40542f4cfb67d44450cbc3e699","size":1929773,"member":"./usr/bin/qemu-i386-static","binarySha256":"0821e2c05101db7ee1ece187b810d8ed5b0d113417254255103485d6ac1fb2bf","binarySize":6351560},"loongarch64":{"asset":"arm_qemu-loongarch64-static.tar.gz","sha256":"3fe6d6e96857be509e56466cd5b65dc1cbd9f2c90eb69473adbb99fc04efa82e","size":1773148,"member":"./usr/bin/qemu-loongarch64-static","binarySha256":"da19f5c1984b31217469da521354185899edff1c1f0373b9ba6dde26ec5d6b3c","binarySize":5982264},"m68k":{"asset":"arm_qemu-m68k-static.tar.gz","sha256":"bd2f11ab1c15be0f0c8a4d198aaf3c786d54e478c5b392d2442e1d2660c1f2f5","size":1831129,"member":"./usr/bin/qemu-m68k-static","binarySha256":"7d0467eebecb13358613a82dc06de02d0117891c024f88ec1acd7dad71f6e874","binarySize":6111200},"microblaze":{"asset":"arm_qemu-microblaze-static.tar.gz","sha256":"dfe7278f83e839440f0c42eb5f4ae73c0e0f8e7c99d2d1386e99750870fe897f","size":1765471,"member":"./usr/bin/qemu-microblaze-static","binarySha256":"222b1cfbcc8b219a47b17dbb140826f2775a9f472c279e4d91bfa7091ca247e0","binarySize":5965104},"microblazeel":{"asset":"arm_qemu-microblazeel-static.tar.gz","sha256":"176da2a342b2d27e0bca78edb46642fe8dc6e40573c27f31e509eb995231c53f","size":1764182,"member":"./usr/bin/qemu-microblazeel-static","binarySha256":"39446ef72cfdef55114003e40b5b398d72f9011bed15fb26fbfd9142eeb977c0","binarySize":5961008},"mips":{"asset":"arm_qemu-mips-static.tar.gz","sha256":"ec898be8d3c85839c450849cf268111d1818234194023551fbcf08bb423601f3","size":1970675,"member":"./usr/bin/qemu-mips-static","binarySha256":"f388e7b4a75a259341db13b93b106775794101002dd0a40983ee609a87944817","binarySize":6574560},"mips64":{"asset":"arm_qemu-mips64-static.tar.gz","sha256":"a466097935654bb6ecb98faaf2efe851f4bd9fe8eb6b461f1761ab5668029c8a","size":1999922,"member":"./usr/bin/qemu-mips64-static","binarySha256":"cdbb9bbbe4637ccbba1529c2fb55e38ad0548538a0d58f46685dc49a881e5e2b","binarySize":6638088},"mips64el":{"asset":"arm_qemu-mips64el-static.tar.gz","sha256":"31cc7e7f6c64dae506fe29128d18890ef9179711cf17f31b8174fa63768cb9b4","size":1993742,"member":"./usr/bin/qemu-mips64el-static","binarySha256":"bd62c535a9ee9a14120715b30d92858f123ad22a9766db793709849d6c3d1264","binarySize":6629896},"mipsel":{"asset":"arm_qemu-mipsel-static.tar.gz","sha256":"623557d3348864fff7a258db2913d7b8d106363f76e0ce8f59725fa18196ab1a","size":1967106,"member":"./usr/bin/qemu-mipsel-static","binarySha256":"dfa4c255a9d5c4bc31e47c1238ccedcfca05bd9a4947b535b7d7112c861b4f75","binarySize":6566368},"mipsn32":{"asset":"arm_qemu-mipsn32-static.tar.gz","sha256":"808ddf2e8e61ab754f6545e8cb34c4012c87aea651d1645f160cd02847d179ce","size":1993289,"member":"./usr/bin/qemu-mipsn32-static","binarySha256":"c2c99de2e02eefa01a97b35bb5ea1ffbcbc534fca98566c37ffb9eac14b7ae89","binarySize":6623600},"mipsn32el":{"asset":"arm_qemu-mipsn32el-static.tar.gz","sha256":"80d13c3fcfc650531d5ad5345223233d151305d9824e93f8d948eaac3fcc8ccf","size":1989294,"member":"./usr/bin/qemu-mipsn32el-static","binarySha256":"b9f8b6c30ba7d967077087958fcfeb62a7f6f15d102c0dd2e4781aca063a7acd","binarySize":6619504},"nios2":{"asset":"arm_qemu-nios2-static.tar.gz","sha256":"327a4ba2a383300fd52b380216e5003dff0eb8f191ea83e544003cb2998e5c73","size":1743724,"member":"./usr/bin/qemu-nios2-static","binarySha256":"84ce2d0dc9fa51297b5cc4bc2cf6fe4fb76c951eb0cf1610140368095691276f","binarySize":5920184},"or1k":{"asset":"arm_qemu-or1k-static.tar.gz","sha256":"3a84ba30d0c4a8967bbacf11be9dcfc6fd928fe1eec2836deecb8b8b861e484a","size":1749108,"member":"./usr/bin/qemu-or1k-static","binarySha256":"dfc96a011fa36a2f04b11890ee089ef6c13c848d5be6cb18c8d6b11adf3a652c","binarySize":5930864},"ppc":{"asset":"arm_qemu-ppc-static.tar.gz","sha256":"6d210d03861037536d0b1c7d42f67f21232c7a67883b60cfe41f7a9f65e0ddfe","size":1971128,"member":"./usr/bin/qemu-ppc-static","binarySha256":"a03f4c5223957adbe5376df9be6666d99c319898e2734a42a95794d3e646bb36","binarySize":6504560},"ppc64":{"asset":"arm_qemu-ppc64-static.tar.gz","sha256":"e86253c09b7063ae3885fe5c2d158a153fa4b5e51ca397b263159ae62098a206","size":2003179,"member":"./usr/bin/qemu-ppc64-static","binarySha256":"6b90e3fc33ab3925b3d48abbec88cb6889c663014a8780657b17abc6c46a4f9b","binarySize":6577552},"ppc64le":{"asset":"arm_qemu-ppc64le-static.tar.gz","sha256":"6713e624b229197a8419721dd726c66e73e0aa77a4384343eaec1885c4afbcf2","size":1998556,"member":"./usr/bin/qemu-ppc64le-static","binarySha256":"627c70f2075a38e1fa13970250e9c0b901d2bd563952a9ddf14f8f3843e6147c","binarySize":6573456},"riscv32":{"asset":"arm_qemu-riscv32-static.tar.gz","sha256":"50d252a80d4e1d0263d283bcaa9cfbeee265c06b6f324c5a78e0aeeb5b5b90db","size":1919315,"member":"./usr/bin/qemu-riscv32-static","binarySha256":"0b76c5f3bc714c0a0f586ef9a736fd4058b286150e5917d235f3be30ca3bce1a","binarySize":6602264},"riscv64":{"asset":"arm_qemu-riscv64-static.tar.gz","sha256":"3a2383952716ff4051ef1e242b4352667877200e17a916e35c22d0ab6b7d3595","size":1941444,"member":"./usr/bin/qemu-riscv64-static","binarySha256":"b5a5b643feee2052d24bc14f556bd5d7b712dc29299e42aef93bd0eb25d86dd4","binarySize":6649528},"s390x":{"asset":"arm_qemu-s390x-static.tar.gz","sha256":"2c413dfc9f8ba54f8709aef56e2538703514b94c7c468369ec6b66fb13f8412b","size":1874903,"member":"./usr/bin/qemu-s390x-static","binarySha256":"648646213539c2fde5a1e12cd1939dad1715562f6beea7d0181de91f7d32e4a6","binarySize":6231544},"sh4":{"asset":"arm_qemu-sh4-static.tar.gz","sha256":"fb5061f63549abbf457e3d91ee2a02c1a6f216cc4f9abc51efcb66d720716802","size":1768896,"member":"./usr/bin/qemu-sh4-static","binarySha256":"70fae5afa31a94e20ac6a6181c3b31bca695c525a8aede31ded3d3b821a8a613","binarySize":5984304},"sh4eb":{"asset":"arm_qemu-sh4eb-static.tar.gz","sha256":"712154fdea22b1bbb3fae61afacd87899cff35275691ffb2493f00be0e6cdbd8","size":1770100,"member":"./usr/bin/qemu-sh4eb-static","binarySha256":"e8292f6f9145ab74ad7ee6fe0768917b30f5ed544d20073a766976f1704710e8","binarySize":5992496},"sparc":{"asset":"arm_qemu-sparc-static.tar.gz","sha256":"2234a3acb063095f21cce2ea44510662c9993ae6ffc3d86c50a995fd8243a92a","size":1790462,"member":"./usr/bin/qemu-sparc-static","binarySha256":"20746fe4dd4991dfd88f9032dc3a5fc63d4188991ab30d51f27280aaf77b89d3","binarySize":6031024},"sparc32plus":{"asset":"arm_qemu-sparc32plus-static.tar.gz","sha256":"e9cf12bd403c24a1dd6e2ddf9192fff4ef5daf5fa86647113ad7a5660ea18d45","size":1808047,"member":"./usr/bin/qemu-sparc32plus-static","binarySha256":"95b213d20be19760097bf7a0b15c83a04b89c8c1a5164af38241531d2bbf1511","binarySize":6071984},"sparc64":{"asset":"arm_qemu-sparc64-static.tar.gz","sha256":"8a359181a7c47495bdd6f912490763b4fd077c0033caf213d8508842ad7e60c7","size":1816865,"member":"./usr/bin/qemu-sparc64-static","binarySha256":"cca918e8d1d7ca5299da80ad2bff1790aa9915d4669c31ab85f3e06334fbd507","binarySize":6086592},"x86_64":{"asset":"arm_qemu-x86_64-static.tar.gz","sha256":"98ea5c0369102b48c051f32075ec370daa17c68da49cc451a3bfcba322029f96","size":1940760,"member":"./usr/bin/qemu-x86_64-static","binarySha256":"64091c6ea817eaa080ed1309b5ccf040e7d980e95174f64e0af3bcd66c539eca","binarySize":6374128},"xtensa":{"asset":"arm_qemu-xtensa-static.tar.gz","sha256":"cb6cbbdc8bcb656ab3b022508b6628d3498c1dae3557ff5304f5055f199464f0","size":2079805,"member":"./usr/bin/qemu-xtensa-static","binarySha256":"dd1c459a14c524082d467140519f8a87ad32be4a75663a6b9e6885c57a9b685c","binarySize":7619584},"xtensaeb":{"asset":"arm_qemu-xtensaeb-static.tar.gz","sha256":"cf197fd29c49214f97f8357e81f3d9a55c9c231caeb306b78af2fe8e9e4beef2","size":2068466,"member":"./usr/bin/qemu-xtensaeb-static","binarySha256":"1d00a8d0d8f0fc51a95c71f91c56796fdb37b35445abbc09c92ce97ba58df15e","binarySize":7519600}}},"i386":{"arch":"i386","deb":{"path":"pool/main/q/qemu/qemu-user-static_7.2+dfsg-7+deb12u18+b3_i386.deb","sha256":"7472d02e559539530033d4b89d62e2e7584cd44c304c8cacbd4c985bf1888764","size":55147672},"files":{"aarch64":{"asset":"i386_qemu-aarch64-static.tar.gz","sha256":"2d61796bc18c0c909dde85d78c7fab69510fea1daf4c00f213101da6afcf4e20","size":2933047,"member":"./usr/bin/qemu-aarch64-static","binarySha256":"5f3b5eb65b33390f51dc306dee47a406ca515d38f6cb7eb758337c120d3c8c20","binarySize":11060636},"aarch64_be":{"asset":"i386_qemu-aarch64_be-static.tar.gz","sha256":"f7e01e7711f027ee15cd67bb803d133f2ecf0ae4a7ce6d713f8ad876381e28c4","size":2935932,"member":"./usr/bin/qemu-aarch64_be-static","binarySha256":"fff9129745b9db56c96fb38b1cba9ce1756331aec7a63a49dbc7a8a4ed652ed4","binarySize":11068828},"alpha":{"asset":"i386_qemu-alpha-static.tar.gz","sha256":"cd1e9ab2e6b6d966724f9e7f00979776c51a76ab79d487b286f20691c4cb7ff3","size":2187916,"member":"./usr/bin/qemu-alpha-static","binarySha256":"ae431965e498290ee3fd0f4b5477e066a169f25a648dcc4701df7746132f9b56","binarySize":8225212},"arm":{"asset":"i386_qemu-arm-static.tar.gz","sha256":"220dbb64cc01b0bd823bfa06e0835e501cb80940ccd433ae461bf5732711f3bb","size":2539954,"member":"./usr/bin/qemu-arm-static","binarySha256":"e37ec64a547c3120a53c5cd700960a592154cb507edb8df4250ddb95697cba25","binarySize":9292988},"armeb":{"asset":"i386_qemu-armeb-static.tar.gz","sha256":"4523a03bf616faedfa751b774c504b72e9a0ea99c7b55a43a169ff9a13bfabd2","size":2542019,"member":"./usr/bin/qemu-armeb-static","binarySha256":"cba2299123a4760a1c0c4163f18bdf99f9c487e29a82d39ed6eeb6cecba0b8e0","binarySize":9301180},"cris":{"asset":"i386_qemu-cris-static.tar.gz","sha256":"4b26de0db8836e8162bf52a57dcee32ca3fa0d552bbf16d4396f300f06cd2628","size":2175677,"member":"./usr/bin/qemu-cris-static","binarySha256":"e53f27a4a4b2e3fe3e49f3107d6639bc56f7cad34529d5f355f2c9185bd7796a","binarySize":8177820},"hexagon":{"asset":"i386_qemu-hexagon-static.tar.gz","sha256":"931a60dfdca1f17807e5a1e6309eab032d2215287780d80dd38daad039abacd4","size":2568379,"member":"./usr/bin/qemu-hexagon-static","binarySha256":"1fa5a5f729893c5fa0b9c821d3e06b6093eb4495895ff9096e725a93d46e2d6f","binarySize":10303836},"hppa":{"asset":"i386_qemu-hppa-static.tar.gz","sha256":"1ae0e66b238853509cb920d18aaa1b3a5ae5d99c382b2395d95c6afd212f0a3f","size":2188901,"member":"./usr/bin/qemu-hppa-static","binarySha256":"b8692332d4ba7e3370be3e25d856e12a8e0f6d5d0b38d2765cab1499dacdb79b","binarySize":8218908},"i386":{"asset":"i386_qemu-i386-static.tar.gz","sha256":"6a9242b10f5b18c4586560c7943ae8fc38098784658e7befeb53714fd9e70155","size":2377857,"member":"./usr/bin/qemu-i386-static","binarySha256":"36da998a6fa84752497a2b35d2ca134d9a3ec10a8d4e204059f6bb6c58c40c37","binarySize":8791100},"loongarch64":{"asset":"i386_qemu-loongarch64-static.tar.gz","sha256":"ac745bde9caedacc92a05c4b91a685b195ec1b09c7d1a4ea1bc6c0f02017b4cc","size":2186227,"member":"./usr/bin/qemu-loongarch64-static","binarySha256":"58fbe17e1264ab35e46b3e976d195f83424de4a33cddbebc0faf9bb5e49da945","binarySize":8217020},"m68k":{"asset":"i386_qemu-m68k-static.tar.gz","sha256":"69836171780b1cdbc3c09b80f34e62a5a5019b0b574beabe22c5c905a9bd8654","size":2258177,"member":"./usr/bin/qemu-m68k-static","binarySha256":"42457017d5372bf53a19eaf97b5e72ed59be74c09951350f5ce351209579d29c","binarySize":8411484},"microblaze":{"asset":"i386_qemu-microblaze-static.tar.gz","sha256":"a86d27721c09915be31c6d4451a38a7a217484e6cab96628fde2bc4e80f164af","size":2174578,"member":"./usr/bin/qemu-microblaze-static","binarySha256":"4c80c08f203455986ce26405a3c4ea54b1d8274c061ed31fc5e705af600a4798","binarySize":8179260},"microblazeel":{"asset":"i386_qemu-microblazeel-static.tar.gz","sha256":"d555518a119c637d11f9e120ed99da7edc12a993d47b935bc40f5a3759a35f10","size":2174343,"member":"./usr/bin/qemu-microblazeel-static","binarySha256":"8ac7f689a5357bb15d5e9e433f094c1a762b9c48e7a0d569f5693480348974d9","binarySize":8171068},"mips":{"asset":"i386_qemu-mips-static.tar.gz","sha256":"c9456c9278d87ec56de2d7341d9e549418a8ea89f39923fb37e0456e2b83936e","size":2431032,"member":"./usr/bin/qemu-mips-static","binarySha256":"1647e6a2efbe2074aef892df5cc659a35db216138b1be2f702a02e2e62d6d255","binarySize":9141084},"mips64":{"asset":"i386_qemu-mips64-static.tar.gz","sha256":"b5ac3f8d3444797b38029a398a103f23a5c5e0ef04d243064eb551c84670ceec","size":2470839,"member":"./usr/bin/qemu-mips64-static","binarySha256":"69c3e8a36fff08f06013b4e88b1500203a41211aa8ead3fa5fdfd92a9e44ba0b","binarySize":9261948},"mips64el":{"asset":"i386_qemu-mips64el-static.tar.gz","sha256":"3bdbfa78022c9d747e91dba3b9c53fb53cb130436b1ad836d3f7d57c0ef52051","size":2463196,"member":"./usr/bin/qemu-mips64el-static","binarySha256":"5b739fb22ec437e1b9cae5e61d7a8efb895326ab6e7053e9398cbae21b340c1f","binarySize":9253756},"mipsel":{"asset":"i386_qemu-mipsel-static.tar.gz","sha256":"cbfaf421b7ddd65cf3b202739d88fb03e8298abf88924cc920d00db9de2aab21","size":2426829,"member":"./usr/bin/qemu-mipsel-static","binarySha256":"0b14e7970593f3b4577f0dd0527f7b555920a2b45dc3d2b91643dd93ab334b3a","binarySize":9132892},"mipsn32":{"asset":"i386_qemu-mipsn32-static.tar.gz","sha256":"e698ce2db0e8fef06435b06154a26ed1adf612104379e6f1a9e552051861aaa4","size":2460941,"member":"./usr/bin/qemu-mipsn32-static","binarySha256":"db9c405a96de3f2d5a377b1249333a138987941519acefaa7f584b8e3af1362a","binarySize":9231068},"mipsn32el":{"asset":"i386_qemu-mipsn32el-static.tar.gz","sha256":"1c5ea27330e485710bb6a030e1aff797ff5f70dd78d6289b7100fb724063289d","size":2455017,"member":"./usr/bin/qemu-mipsn32el-static","binarySha256":"7815f036a9ea991b8c3294ec695ed0a9ed0732b3e312a2f19fcfe219a88febc9","binarySize":9218780},"nios2":{"asset":"i386_qemu-nios2-static.tar.gz","sha256":"8cfd583549c1e192ac43ad8f0810626debe38b6eb3d2e9653388d968a7880ed6","size":2146839,"member":"./usr/bin/qemu-nios2-static","binarySha256":"bcfce521b7d53c41eaae44381a6c822205d4e15c827b02531a114ed9cba232ed","binarySize":8105788},"or1k":{"asset":"i386_qemu-or1k-static.tar.gz","sha256":"359d1e6dbc1d9f14f244ddfab9f39d662de2bb99e47f67da842cc555a3b210dc","size":2156328,"member":"./usr/bin/qemu-or1k-static","binarySha256":"d8f2f5b36d1a72b8b0023537de32359a6f219c36a00c29b079358b513ebe03ca","binarySize":8128732},"ppc":{"asset":"i386_qemu-ppc-static.tar.gz","sha256":"4b0d69b85b081293ab1a355a245c297481348e3c0437b2194d23ffb3414ef800","size":2433056,"member":"./usr/bin/qemu-ppc-static","binarySha256":"0d8c922c65576aa653955f6ceefdea520d8032000255e4c327eead37b7bc0d21","binarySize":9086812},"ppc64":{"asset":"i386_qemu-ppc64-static.tar.gz","sha256":"d7f53ee46b40718b2234e1408280cb983207149e46cfc9629c1a04292a16ff48","size":2477461,"member":"./usr/bin/qemu-ppc64-static","binarySha256":"6ce7bb2e1aa6d4fff50d7ecc15dcaa6b5c134af1644ce5bdf078bdf6071151ad","binarySize":9244540},"ppc64le":{"asset":"i386_qemu-ppc64le-static.tar.gz","sha256":"4726c90664760875f079037fa2761ceee9338bb38fd849030f7f53f18d11d51d","size":2471464,"member":"./usr/bin/qemu-ppc64le-static","binarySha256":"0fca58540eddffa16c71639f38a478d44618a2f9f36f39af4d5bfd8a40e5c1e6","binarySize":9236348},"riscv32":{"asset":"i386_qemu-riscv32-static.tar.gz","sha256":"6c03ad1207c2bc0c4bccb2f7b68510bb5f9f8f606fdfbe5d0a548766bde3c57e","size":2356861,"member":"./usr/bin/qemu-riscv32-static","binarySha256":"596c91237e303f8f5400d4e2ecd7409fbd0fa1826e3641b5060f8b54b8219476","binarySize":9135740},"riscv64":{"asset":"i386_qemu-riscv64-static.tar.gz","sha256":"c6f0cf3a32108320953e38cddd696cbf76e3e1ba03e1c0d4e32d6dae5ac0ba49","size":2380138,"member":"./usr/bin/qemu-riscv64-static","binarySha256":"b2a002a938bfdab1d2e99e694a6da349e2993efde6d20b416a43adb8504c1cf8","binarySize":9240348},"s390x":{"asset":"i386_qemu-s390x-static.tar.gz","sha256":"e2b841f52a15130985643cf638e27c35fd58aef32a810eda122437b6a842e24c","size":2313586,"member":"./usr/bin/qemu-s390x-static","binarySha256":"85e8f7907a8c66ca60bee7c382167d53cb8f141398671dd7c0db8430adf0c23f","binarySize":8609500},"sh4":{"asset":"i386_qemu-sh4-static.tar.gz","sha256":"370e08eacac8f9575514ed462980470f4c82dc952e4af0efca0e9936c85ab7fc","size":2176453,"member":"./usr/bin/qemu-sh4-static","binarySha256":"af4decf93332e5fae8072f52f30d12df11e686cb2d47bc66fc0b0324cfaff136","binarySize":8194492},"sh4eb":{"asset":"i386_qemu-sh4eb-static.tar.gz","sha256":"5d362a22e24d6ffb8d97be58365351f9ce01de84eeb31fd7e688946b5b6579aa","size":2182258,"member":"./usr/bin/qemu-sh4eb-static","binarySha256":"2b988955f2ef93ddd0ea80c59414210185c692d6045f767df396180bca1c9d1f","binarySize":8202684},"sparc":{"asset":"i386_qemu-sparc-static.tar.gz","sha256":"e9e05c46739c09b16fdd58b09047bf7c8a7d5de9969a859c99d708013b7b7eac","size":2201805,"member":"./usr/bin/qemu-sparc-static","binarySha256":"dffe004b22050d6561148628d5da4c2ce06e05be97b577c435ffcb4c896a1643","binarySize":8249372},"sparc32plus":{"asset":"i386_qemu-sparc32plus-static.tar.gz","sha256":"6b0f4c6c9c90a5c518c2fca918a81276e13683f9b0e034220db5e2882b9a3639","size":2227590,"member":"./usr/bin/qemu-sparc32plus-static","binarySha256":"ca005f77eb2078d367899d57c275010aa9eafe8e6e62fe7cb59ea36ae21ff77e","binarySize":8323100},"sparc64":{"asset":"i386_qemu-sparc64-static.tar.gz","sha256":"3e0f4a6c9a7fdc48a6213c23a5cac69c799994299bd3e2ee4b28e110134a9caf","size":2237584,"member":"./usr/bin/qemu-sparc64-static","binarySha256":"fb92606c8e0f06359cccec2e6bc58a073b77e46528826d5296ce7d86d14165d7","binarySize":8354076},"x86_64":{"asset":"i386_qemu-x86_64-static.tar.gz","sha256":"c872422ede9cfe640b74b7ad746d363001af527ed50749541b47339a8402c86c","size":2393360,"member":"./usr/bin/qemu-x86_64-static","binarySha256":"38cf18f568da871900a071fb6f554e99bda2d10a529768046bf9bd9e20fa9b9d","binarySize":8858716},"xtensa":{"asset":"i386_qemu-xtensa-static.tar.gz","sha256":"23f529147e26572d9cc740e9c131a860d2deaa80fb691c768109bdc78199e2e3","size":2591705,"member":"./usr/bin/qemu-xtensa-static","binarySha256":"b6a927f8b9271152817674196e2e943cae87ee7d32b7ba3cc55759f77c3b41ce","binarySize":10451356},"xtensaeb":{"asset":"i386_qemu-xtensaeb-static.tar.gz","sha256":"bdf40107498412bc7a8bc22dc91c17c08c9b5e463b6a1e0d763ee488f5656fb9","size":2582106,"member":"./usr/bin/qemu-xtensaeb-static","binarySha256":"7f6b2c6aec3e2a5291aab4d56a5656cbb6676b604cf774294e9b1d9fdabf9b6d","binarySize":10338684}}},"ppc64le":{"arch":"ppc64el","deb":{"path":"pool/main/q/qemu/qemu-user-static_7.2+dfsg-7+deb12u18+b3_ppc64el.deb","sha256":"a99815ef87f2e9025bf6071017be9ca6e252f494dcd16b1157dfffb64d599349","size":60304844},"files":{"aarch64":{"asset":"ppc64le_qemu-aarch64-static.tar.gz","sha256":"7ced815405f3a8f0304d4166e517566592d8eaea4ff79d6b776dc7117af587c7","size":3025712,"member":"./usr/bin/qemu-aarch64-static","binarySha256":"4e584693e8008b2c2f0c17e92432958238cdaf9c72c393930d3593c37947db91","binarySize":12620456},"aarch64_be":{"asset":"ppc64le_qemu-aarch64_be-static.tar.gz","sha256":"9eaa839106e00196c4b8ecbe9cc7c24d8fc4532dda67c47ca8e627a0a672036b","size":3031091,"member":"./usr/bin/qemu-aarch64_be-static","binarySha256":"4e71d561129d4a390d8e32de7e3a776f578cfbdb73796e8199fb9d576a0f259f","binarySize":12620456},"alpha":{"asset":"ppc64le_qemu-alpha-static.tar.gz","sha256":"482790a3bfff710d4eb69ab9a760df77018eb17cd7c226fa692bf43855d310ad","size":2272329,"member":"./usr/bin/qemu-alpha-static","binarySha256":"5da9b92bba73b400c36d333311c384df0eed1e7eb2969e3f5779f04b5da2bdd4","binarySize":9342248},"arm":{"asset":"ppc64le_qemu-arm-static.tar.gz","sha256":"3eba63d6e5d2ca18c7df5675249703139afddfdce5aacf5a1dac3c138355a43d","size":2660945,"member":"./usr/bin/qemu-arm-static","binarySha256":"62d99b4a363d8f9fdadefb5aed88e71e62ae5f78bee74bd2dc9659cc64aef503","binarySize":10719912},"armeb":{"asset":"ppc64le_qemu-armeb-static.tar.gz","sha256":"96663c9774395a0098d84aa49c181964a9a6c6255bfe2c6edd829e2d266e4a2c","size":2667440,"member":"./usr/bin/qemu-armeb-static","binarySha256":"037c892a5e2a94fc4c6e07bfc549eee36f067c42fc18391787bbeae02b6bfccc","binarySize":10785448},"cris":{"asset":"ppc64le_qemu-cris-static.tar.gz","sha256":"62c6b96b3474e1fb80596d546f5bd80b08be03ad3a84c9186ea39801a54e3b97","size":2283753,"member":"./usr/bin/qemu-cris-static","binarySha256":"5aa41a6b39a9c1410f6899301e6945503324eb3f8f5d483f7f470944bc55fb6e","binarySize":9341992},"hexagon":{"asset":"ppc64le_qemu-hexagon-static.tar.gz","sha256":"38ac654ec0fe4cee72153739feb673f8f5f94f2c66fe902db20c8871364e67ae","size":2673236,"member":"./usr/bin/qemu-hexagon-static","binarySha256":"35bd42e1f8cf801c65d3ceee56db16613bf201230d1b4f429fe59d2de81863aa","binarySize":11701672},"hppa":{"asset":"ppc64le_qemu-hppa-static.tar.gz","sha256":"8b7db95187561ad7a9cbb2f7030810a41ee966921c9614f2dd750974b4c66df3","size":2297392,"member":"./usr/bin/qemu-hppa-static","binarySha256":"2f7d7459c9f0a71aaff19d0eeecf6b37ef23fece906da88a8ac6573ca0100e85","binarySize":9407784},"i386":{"asset":"ppc64le_qemu-i386-static.tar.gz","sha256":"4a01eba982f84c06564e7c089adf977c18dc6a813d6c63745ec15c69a17a6ca9","size":2485240,"member":"./usr/bin/qemu-i386-static","binarySha256":"b7e460e576b8b74e19be20a22073f9d8dd8f80dd268c6a89c23d8c4d3065bfe3","binarySize":10100264},"loongarch64":{"asset":"ppc64le_qemu-loongarch64-static.tar.gz","sha256":"ac110819080a66308ca999717333ab4e2c6e22bc1753703b102e392b8885d2cf","size":2276175,"member":"./usr/bin/qemu-loongarch64-static","binarySha256":"dbb88a3f7ec328e44957153d23adeda24d284b067bcc73ed253aaf5e9f54fccf","binarySize":9342248},"m68k":{"asset":"ppc64le_qemu-m68k-static.tar.gz","sha256":"afc236152e4ea5afd4934f4ee3f404e1418dc82d5732be0018368ca6b5ecf127","size":2365416,"member":"./usr/bin/qemu-m68k-static","binarySha256":"bdd82e8e8ab4732595e9457f18fec7826280c409dd1286bde1fdc5e0b1134e8f","binarySize":9604520},"microblaze":{"asset":"ppc64le_qemu-microblaze-static.tar.gz","sha256":"4eebc839cc53b9292f7d47e7aa63653f4dc74cf7e00610a226801c5f515ce84f","size":2284758,"member":"./usr/bin/qemu-microblaze-static","binarySha256":"a9ef879869bf22a97cdb90619b5bd526ca49adc8c36d292973aafb7fddfef666","binarySize":9344552},"microblazeel":{"asset":"ppc64le_qemu-microblazeel-static.tar.gz","sha256":"de036fa047f7a78a17bbda3f1d1ae6c6de992b5dbf75ca181a6de6eff4d61b6d","size":2280104,"member":"./usr/bin/qemu-microblazeel-static","binarySha256":"baf24d2aff19a58a59ec99e663afc18433f78805979fc6ec0af1388d4238db29","binarySize":9344552},"mips":{"asset":"ppc64le_qemu-mips-static.tar.gz","sha256":"e43cd05e266608491040f439a00c2b611984d323b8718eb9c74902fbfb8ba8ac","size":2510292,"member":"./usr/bin/qemu-mips-static","binarySha256":"bd4e9fcfb3b11e2ff6238cc8d214cc405b2af2583f704c6f1ebc5600a8dd1741","binarySize":10391464},"mips64":{"asset":"ppc64le_qemu-mips64-static.tar.gz","sha256":"b1b8454c05ebf23ebc9eb59f15d778d6a8dbfcc8e04c9127bc0f3201efdb2be1","size":2521312,"member":"./usr/bin/qemu-mips64-static","binarySha256":"3803342c885ac5a4aad31a5739bfb158dc8c4a4e143279c6e5f179a2e33dd1a0","binarySize":10456872},"mips64el":{"asset":"ppc64le_qemu-mips64el-static.tar.gz","sha256":"e182eb0efef34665649bd6bfc5d41aef9f2e55961c7d65a2d02ea4f094071d87","size":2516253,"member":"./usr/bin/qemu-mips64el-static","binarySha256":"7d078e91304077c17696d0d0af007f02721cefc4e827fc8c9d9caac7bd2496d2","binarySize":10456872},"mipsel":{"asset":"ppc64le_qemu-mipsel-static.tar.gz","sha256":"a3d4180857a1a8466949b1e0d8e9aa10386a731b4d50facab7f4594a30f60f3c","size":2503975,"member":"./usr/bin/qemu-mipsel-static","binarySha256":"c6697fcf0b23aa085dc256018b8f62d5dede43a6a67ac2fed5c186d12eaa2665","binarySize":10391464},"mipsn32":{"asset":"ppc64le_qemu-mipsn32-static.tar.gz","sha256":"e91ce7055d95760c9b6ef17d5f0e33e80786945002af5e79857d8f81a82b5c29","size":2522202,"member":"./usr/bin/qemu-mipsn32-static","binarySha256":"57411ede4acfae1da4bf267356846b35bf6b1b5f356775396bba58c149c32c64","binarySize":10456872},"mipsn32el":{"asset":"ppc64le_qemu-mipsn32el-static.tar.gz","sha256":"595ba97b863e871263806f2ba2b4a47a1d1e4db72c54474c4893fafecff025eb","size":2515744,"member":"./usr/bin/qemu-mipsn32el-static","binarySha256":"75411700126c2439159793e8e685dd3b54a83c274cb1229726d70c740b6171c8","binarySize":10456872},"nios2":{"asset":"ppc64le_qemu-nios2-static.tar.gz","sha256":"8f16a1c91e8ee76a1cbb4bfa1880af099d065b6711d3fd246cf45ec543982576","size":2252850,"member":"./usr/bin/qemu-nios2-static","binarySha256":"1b367889bf4a7bf23ae123b71035aa9ec9384828270209e8099da7ec891b03d7","binarySize":9279528},"or1k":{"asset":"ppc64le_qemu-or1k-static.tar.gz","sha256":"a405f6f41f8d86e41783aed47ba76f96b7aead2032695fe9859cf848c346df38","size":2263028,"member":"./usr/bin/qemu-or1k-static","binarySha256":"477790201f8a44b011ff5effbcd3d37b6903df0e5be727373f1bbe75a455fa47","binarySize":9276584},"ppc":{"asset":"ppc64le_qemu-ppc-static.tar.gz","sha256":"4c09f29b7541de66336904d9cfb7ad83d1b49f4367bfb10bfaed62cdb8416860","size":2566985,"member":"./usr/bin/qemu-ppc-static","binarySha256":"39ff4ae86e0c6959aa7aee06b003323cb5dad633f511a6f1aab6f0d9f3fb30b0","binarySize":10445608},"ppc64":{"asset":"ppc64le_qemu-ppc64-static.tar.gz","sha256":"7b2167190412bdf2c1b04ae6304778143b311c35587c147a7227bfcf18f527de","size":2586107,"member":"./usr/bin/qemu-ppc64-static","binarySha256":"bbe166017beaf87b667406a0072a102557db10b6c900382fc72c57a62c536889","binarySize":10516392},"ppc64le":{"asset":"ppc64le_qemu-ppc64le-static.tar.gz","sha256":"898a79d9cf7938a8b17857399c3480594ef4662fd59b03667a2d8443ee5a8b3b","size":2580242,"member":"./usr/bin/qemu-ppc64le-static","binarySha256":"f735553b4baab58289f5166535c47dc01d9689ec39bfec476242c784d0193531","binarySize":10516392},"riscv32":{"asset":"ppc64le_qemu-riscv32-static.tar.gz","sha256":"56d2f623d1c0c693fc290477aa87c3898fa5beca928bccd945aa9c5811cc889a","size":2475873,"member":"./usr/bin/qemu-riscv32-static","binarySha256":"60ca4283cbd512305dabff8d52c44478902d0e370419d541cec1262adfdc25d0","binarySize":10658728},"riscv64":{"asset":"ppc64le_qemu-riscv64-static.tar.gz","sha256":"4ae0fee90e3b816fc30a5831fc33767b1d8597038ff1f63e518abae0551dce30","size":2483802,"member":"./usr/bin/qemu-riscv64-static","binarySha256":"790f226de8944f5647bc8c4252a7824d8ec3a9603ee33ef7cd0c6a3e793b9347","binarySize":10724264},"s390x":{"asset":"ppc64le_qemu-s390x-static.tar.gz","sha256":"af42b6f1a208ae6d1e833a4490358f818211ad6e63b61b32979cbeeab7885e13","size":2402302,"member":"./usr/bin/qemu-s390x-static","binarySha256":"1ffff4a616413372f9abef4a367824eaa79474f8f050aa7432dc269a1ed11d65","binarySize":9813032},"sh4":{"asset":"ppc64le_qemu-sh4-static.tar.gz","sha256":"e1d44fdf21942cc521f9749a11b823b958a914691b83f069f5e56ae1614abd54","size":2283379,"member":"./usr/bin/qemu-sh4-static","binarySha256":"08e8fdec6a23777ac5668cb37c91b7b887e9259c9cefb3982ad98b9cfa625006","binarySize":9342504},"sh4eb":{"asset":"ppc64le_qemu-sh4eb-static.tar.gz","sha256":"8030d71507a8e40c37f70157476aa8ba2bc96a7feec8d236da25bb3cd350e72d","size":2288751,"member":"./usr/bin/qemu-sh4eb-static","binarySha256":"4157749aaeb2337ded9163c0fd4801350b70b1a49334e853b3639bdf3aa42bf2","binarySize":9342504},"sparc":{"asset":"ppc64le_qemu-sparc-static.tar.gz","sha256":"83d005dc85167c1e2a8ccb202ee4553dbfdc7b51fca0c61a2fda721ec51821c5","size":2310810,"member":"./usr/bin/qemu-sparc-static","binarySha256":"c2fc6a1678e4cea56603fa1c6e651d87c6221117f38efe713bd5e07628f7b7d3","binarySize":9476264},"sparc32plus":{"asset":"ppc64le_qemu-sparc32plus-static.tar.gz","sha256":"6e2512e4102a04525d37e0face95f9f95c85ecc4620b5ccdc9c621e173a44c77","size":2333037,"member":"./usr/bin/qemu-sparc32plus-static","binarySha256":"07146a3e62389fe217bed491fa7299a2adbb4cdae648982cfb5a277102589e36","binarySize":9541800},"sparc64":{"asset":"ppc64le_qemu-sparc64-static.tar.gz","sha256":"1176e3357fa380e836bb521e009a8d951f5b7219f47b39a5e620e2ef918edbb6","size":2329582,"member":"./usr/bin/qemu-sparc64-static","binarySha256":"c922834d2b515c7a197fcc1a3e6d4d9c8424940e545c6abe74a2dadc7895e635","binarySize":9541800},"x86_64":{"asset":"ppc64le_qemu-x86_64-static.tar.gz","sha256":"0b0f63fb7b3a321ced0b17fcea5cfbb85d3638bbcf9faca597672b5a7bf92218","size":2477642,"member":"./usr/bin/qemu-x86_64-static","binarySha256":"5b1cdb6cfa8a98855e10714e2a007ef31aad769a565fd128daba69b64eb82601","binarySize":10034600},"xtensa":{"asset":"ppc64le_qemu-xtensa-static.tar.gz","sha256":"ac73572b3f2dcedc2945aeb6d948feb4d9f67d3b595ecd8e4fa0799efc533302","size":2712779,"member":"./usr/bin/qemu-xtensa-static","binarySha256":"8ea92eaf66080051581d01950814a799f2ee7a8ce7bcb9f9ffe0680cb799bc05","binarySize":12788776},"xtensaeb":{"asset":"ppc64le_qemu-xtensaeb-static.tar.gz","sha256":"1ff125f4d5d0316c1ff7351a80580c58485e595909cda99775fddd06ace9adf6","size":2704020,"member":"./usr/bin/qemu-xtensaeb-static","binarySha256":"34c2fc428784cea7103c0150c1527a79eee4a8b2e8292bcfb5d1223f1457ab57","binarySize":12612776}}},"s390x":{"arch":"s390x","deb":{"path":"pool/main/q/qemu/qemu-user-static_7.2+dfsg-7+deb12u18+b3_s390x.deb","sha256":"a005919a4cb4ed8d4a77ae4c0393a36021ea381367b02302f8cca41aeacd8917","size":56915568},"files":{"aarch64":{"asset":"s390x_qemu-aarch64-static.tar.gz","sha256":"2d70a12a57b25cb3d80c5eb94d05e0edfcd11879bbbbe77bcf875dd408c94162","size":3145520,"member":"./usr/bin/qemu-aarch64-static","binarySha256":"81293c039bd6df21720a8dd216176c4ad0fcad191fdcb72402ea4509dc963c89","binarySize":13553776},"aarch64_be":{"asset":"s390x_qemu-aarch64_be-static.tar.gz","sha256":"11a42b939d93bbeeba2dc6fa280b551e7c5379c5a0f5345fd5a1a66aab21e5f8","size":3142089,"member":"./usr/bin/qemu-aarch64_be-static","binarySha256":"28fb8a12918f7665997161e8be7191ca99971c1766cc2b161885bbb873cf2230","binarySize":13545584},"alpha":{"asset":"s390x_qemu-alpha-static.tar.gz","sha256":"745845886a43586d0bbd76356eb2bc4b416a84f8722c561e250ec0b74d9bc3ce","size":2328996,"member":"./usr/bin/qemu-alpha-static","binarySha256":"272fac23f87bbe6be665221de8edccf9f9388c258b0d2a522ba677453da1065b","binarySize":10357496},"arm":{"asset":"s390x_qemu-arm-static.tar.gz","sha256":"0d2c0abb9032fbeea5002d11ae899110a88aed6a6c0a2500ab1ed459aeee1acf","size":2725953,"member":"./usr/bin/qemu-arm-static","binarySha256":"e58e1364d0f4c6c9797582b91848dc7f973b6f07492ec5a911df78fa9ad4ef3e","binarySize":11653192},"armeb":{"asset":"s390x_qemu-armeb-static.tar.gz","sha256":"04812b804a6c0ecc4fdcb8ab69780658ed2afd793035c8cc89479c26eab48194","size":2722757,"member":"./usr/bin/qemu-armeb-static","binarySha256":"35f1ecb28e25259479076d5ee74a4e782a3b8c6c342c24877e5181400a19eb24","binarySize":11645000},"cris":{"asset":"s390x_qemu-cris-static.tar.gz","sha256":"7b1b11a296cdaa54a18483b7d17df9b2759d403beeee1b45fe177b389981a3ff","size":2332090,"member":"./usr/bin/qemu-cris-static","binarySha256":"c61fb4969753e4ab04453fc723728c4623e9e857fc4216edfdbd52880b6ef41c","binarySize":10344984},"hexagon":{"asset":"s390x_qemu-hexagon-static.tar.gz","sha256":"39385b76b189de6b4542c529c8266b635b1ac4fcfe70734aa8c7f57af18b5631","size":2885470,"member":"./usr/bin/qemu-hexagon-static","binarySha256":"47efdfe774ad1b7e0d59610eb5d7874139c0b811d1b0154edcc6213c11486641","binarySize":13073224},"hppa":{"asset":"s390x_qemu-hppa-static.tar.gz","sha256":"5b88918fcfdc727bbb8aaae604232714f9001f8b5e4550ba4dbeaa04c3a672a3","size":2339692,"member":"./usr/bin/qemu-hppa-static","binarySha256":"c0aa85c52a299d836f244e0ad6375a171343f22c26f56e7ba652c2c17bd35453","binarySize":10398456},"i386":{"asset":"s390x_qemu-i386-static.tar.gz","sha256":"7e24c81a44c85e92a81931b4fa38dc3872e093f563fbc57ed5201782eafa8aaa","size":2547917,"member":"./usr/bin/qemu-i386-static","binarySha256":"151110be8e48c6d8f39bcfc95846220466e31e269f55702f62dbd3444a2b2032","binarySize":11054120},"loongarch64":{"asset":"s390x_qemu-loongarch64-static.tar.gz","sha256":"86f9d239db044d2b2f9ecda6be3e232f103100cdbcd9054294e413bc33e59eab","size":2328166,"member":"./usr/bin/qemu-loongarch64-static","binarySha256":"16f6df0a90806505ebdea0981c8d6276c67d055dfadcb16dcf2dff834525d997","binarySize":10341088},"m68k":{"asset":"s390x_qemu-m68k-static.tar.gz","sha256":"fb79e3af8599b0c285b4fe746cd1a3f8dbe19a9a9179b5e5bae6b6ef6a2b2063","size":2416754,"member":"./usr/bin/qemu-m68k-static","binarySha256":"388f9c044f0ba75073215dbc2f250b666e0b540d4b8637d38d06c5b5f9589afc","binarySize":10673016},"microblaze":{"asset":"s390x_qemu-microblaze-static.tar.gz","sha256":"604ce34f2e3c1054876bcffb4e218aa260f3f1aaf122ae90463f47031400f4b1","size":2324094,"member":"./usr/bin/qemu-microblaze-static","binarySha256":"e8e8af11800ddca994c8607bf1c9476108e331d2a0ae307f96a7fd0bf1cf3fcc","binarySize":10318792},"microblazeel":{"asset":"s390x_qemu-microblazeel-static.tar.gz","sha256":"7b1604ee78f8e55f8abfca56592d2817f0f344a41a3dc3cec2c573887975f68d","size":2325249,"member":"./usr/bin/qemu-microblazeel-static","binarySha256":"fe8677a46aabd65ce2c48acac555afca4b0b8af3b0a4485a0fe843aca1a73190","binarySize":10326984},"mips":{"asset":"s390x_qemu-mips-static.tar.gz","sha256":"c913f7cdf1f6c706991f2c5d062921ce495764f1c494cac8475402bb73a2b8a5","size":2604671,"member":"./usr/bin/qemu-mips-static","binarySha256":"ced9ed887ab3af9d064c4a5f410611867fb743e74e90d460c9a57e158e5c15d4","binarySize":11464104},"mips64":{"asset":"s390x_qemu-mips64-static.tar.gz","sha256":"08bf6833d27fb3e5dc943987d04f3d64b8e548f8b459959b09c2dcade6024e9d","size":2615137,"member":"./usr/bin/qemu-mips64-static","binarySha256":"66aef69e3783f0448cb8de953cfa54427a73721839b075b8b143c69b2ecddc7a","binarySize":11521224},"mips64el":{"asset":"s390x_qemu-mips64el-static.tar.gz","sha256":"04429e701e4d81d42ef8e6f0e48c7505ce060fe34871c9188155ccb7e60afe71","size":2618457,"member":"./usr/bin/qemu-mips64el-static","binarySha256":"ad6c77c5d0196e6217838b652d6b7ffc341d961197ba15d37534b53302fbe7dd","binarySize":11525320},"mipsel":{"asset":"s390x_qemu-mipsel-static.tar.gz","sha256":"2a897f1ed544dde8e2c8dbcc2e384375d565d172e671a34d929da2bb8e2023a9","size":2600549,"member":"./usr/bin/qemu-mipsel-static","binarySha256":"c0e05fc1fbced2bb422b905e52f94a4505c51b7d94b7ecce5388587ad7f8b975","binarySize":11472296},"mipsn32":{"asset":"s390x_qemu-mipsn32-static.tar.gz","sha256":"96639d96c9b4fce79683e8ee5c14d9aa7bd390a1c397050b7a330f7b84e5f922","size":2616858,"member":"./usr/bin/qemu-mipsn32-static","binarySha256":"e2b4685d30f5c3ae357fc9866c143cf762f665de541c02af9eac255b51ca54bd","binarySize":11525320},"mipsn32el":{"asset":"s390x_qemu-mipsn32el-static.tar.gz","sha256":"bcbd76aaebfe5f4fb1badd81689cc2696e7716f3b987d48111b782d77453f24c","size":2624048,"member":"./usr/bin/qemu-mipsn32el-static","binarySha256":"630e7cd35b75bbef5e5c68bf9aaac836abbb24125e87f0ae424e4896320d6e53","binarySize":11533512},"nios2":{"asset":"s390x_qemu-nios2-static.tar.gz","sha256":"701f7e5ff1b7221d9c76d867635efc49e90fca2ddb8e97d132a8a999f33fb049","size":2294843,"member":"./usr/bin/qemu-nios2-static","binarySha256":"75827b04a0e083b003e0784b4da7866aabd21b3b090b61f2d6992b29050685e5","binarySize":10278392},"or1k":{"asset":"s390x_qemu-or1k-static.tar.gz","sha256":"aaaf282bff35325eff3eca48ff5cf68971e902a6dfa1c09d93faf5cd4268eafc","size":2301434,"member":"./usr/bin/qemu-or1k-static","binarySha256":"2a1f09afade101ff37dd9ea088bbee484ccac486314a58cc58544d2f8095ba10","binarySize":10250904},"ppc":{"asset":"s390x_qemu-ppc-static.tar.gz","sha256":"61011169b28e0b0995aa074b480c4f1fd941fc172119993df991a542b5280947","size":2631342,"member":"./usr/bin/qemu-ppc-static","binarySha256":"5b1ca405669db89ccb79f12978f5cfc95666e40e7c51f7f17536fb9ebbda59b4","binarySize":11359024},"ppc64":{"asset":"s390x_qemu-ppc64-static.tar.gz","sha256":"7853728666c75fa33fdf547bfec6510c322e1abe75a9b3f1c093124281596408","size":2646881,"member":"./usr/bin/qemu-ppc64-static","binarySha256":"d11a40f03bbc02f94b91cd4bc7ba3d2e5804ec704bcf92a9a1dbc4b4e2cf7911","binarySize":11438000},"ppc64le":{"asset":"s390x_qemu-ppc64le-static.tar.gz","sha256":"adabe3b8cd9efd409711b03f5215f2b76a3783475f771e6e09d6ef2834e9bd7e","size":2649217,"member":"./usr/bin/qemu-ppc64le-static","binarySha256":"849f634873a2f10f425c5b605ceb2dc9b7a8231231ce45bc7cbb6291a7bd5044","binarySize":11446192},"riscv32":{"asset":"s390x_qemu-riscv32-static.tar.gz","sha256":"6ce62030530a4ebcc603891c060ca223e4db2ed8effbb09906aaa4cfd26df84b","size":2561610,"member":"./usr/bin/qemu-riscv32-static","binarySha256":"ee70221fd4c6e37eb1b2650a97fbad6669651c78a428bf54635051fb5631b8ee","binarySize":11657688},"riscv64":{"asset":"s390x_qemu-riscv64-static.tar.gz","sha256":"0e8fae76c286fde923f93eeb16e46b88e9d362d4ede446a52b9fcf61b7fb72a9","size":2570936,"member":"./usr/bin/qemu-riscv64-static","binarySha256":"b15ea8b8594e6f875fb229142427886760c288f0990b43845a1f4065d03ed23c","binarySize":11682264},"s390x":{"asset":"s390x_qemu-s390x-static.tar.gz","sha256":"67a6b7334cd919cb2342fd07a8c74ac8adf4bb40a349e8d6bf62ba835d84acd6","size":2456249,"member":"./usr/bin/qemu-s390x-static","binarySha256":"0de8fd656d8e46fdfcb3785c98addb3b69344a87e64035589f3f43ecd61220a8","binarySize":10848824},"sh4":{"asset":"s390x_qemu-sh4-static.tar.gz","sha256":"5d4e20457e615d3d1893da087bb896f197318e3457a2668a178228a26975a257","size":2332653,"member":"./usr/bin/qemu-sh4-static","binarySha256":"725d8605e94bbc36d6d4fbb6431ebccfa59aace83f03ec53acf710f72ee88949","binarySize":10353640},"sh4eb":{"asset":"s390x_qemu-sh4eb-static.tar.gz","sha256":"5801dbd29a9b524048d7522259883b3055ad37b56245b78dc40dfd4d58110835","size":2326683,"member":"./usr/bin/qemu-sh4eb-static","binarySha256":"6df085713c310032321161132e37c3ed8199ee285e6897b90848793183c307a3","binarySize":10345448},"sparc":{"asset":"s390x_qemu-sparc-static.tar.gz","sha256":"8761ac855cba45eca86ce461eb41b01a4276c463166360cbfd688545880e76e3","size":2375645,"member":"./usr/bin/qemu-sparc-static","binarySha256":"264908d53ed5b8f35ec125c5554cf42ab2bba9023fe9e3d2c58e18a119ab834b","binarySize":10585696},"sparc32plus":{"asset":"s390x_qemu-sparc32plus-static.tar.gz","sha256":"bafbb89f175c16b74e79d3200ef791ebe3ba05a6304f6960c7c498f8012c6778","size":2400920,"member":"./usr/bin/qemu-sparc32plus-static","binarySha256":"e9791f7f8db83d6d83e1a175b8af452cfddeee3decc08c5bbe962a26a4f848fe","binarySize":10655328},"sparc64":{"asset":"s390x_qemu-sparc64-static.tar.gz","sha256":"451fc68456a090cfeb84fb60418066a2e825a112972228b9895c92fd46ffa500","size":2391008,"member":"./usr/bin/qemu-sparc64-static","binarySha256":"08e2f1f8435ae8ded0f885e087cbd84f6e729f8bd7eb4b944a71c0d84e2722bf","binarySize":10647136},"x86_64":{"asset":"s390x_qemu-x86_64-static.tar.gz","sha256":"42c9bfc70cfade33855ed8953a5fc7b53c151526f52c40eef079f01cd9bfb7ca","size":2544414,"member":"./usr/bin/qemu-x86_64-static","binarySha256":"af194235b4c988f48b08bf3a4f6549737ce66ca680361af9dde319fb0a635518","binarySize":11037504},"xtensa":{"asset":"s390x_qemu-xtensa-static.tar.gz","sha256":"5104c2aa81ef3c48de4d82cf413870027a705b668723e308095c0ad0acf976c7","size":3099034,"member":"./usr/bin/qemu-xtensa-static","binarySha256":"aeeda34a37d31db4aef7bfb9c52459436d4ad69202b9e22240e58655859f70cf","binarySize":14473208},"xtensaeb":{"asset":"s390x_qemu-xtensaeb-static.tar.gz","sha256":"56df1dea22559c60cbabb04c8fbba3bef3c03eb1318eb3099661fd99b0abb8fe","size":3071371,"member":"./usr/bin/qemu-xtensaeb-static","binarySha256":"dcdd12aef8307e655d462511d463fd43b0cb32322fe2442bb808c37c4f7bd9db","binarySize":14295168}}}}}],"defaults":{"aarch64":"11.1.3+ds-1~bpo13+1","arm":"7.2+dfsg-7+deb12u18+b3","riscv64":"10.0.13+ds-0+deb13u1+setup-binfmt.0b3d6a7a","mips64el":"7.2+dfsg-7+deb12u18+b3","ppc64le":"10.0.13+ds-0+deb13u1","s390x":"11.1.3+ds-1~bpo13+1"},"failsBaselines":{"riscv64":{"7.2+dfsg-7+deb12u18+b3":"riscv64 rva23u64 (Ubuntu 25.10+, 26.04 LTS): SIGILL (v, zicond, zfa, zfhmin, zcb, zcmop, zimop, zawrs, zicboz, zvbb, zvfhmin)"},"s390x":{"7.2+dfsg-7+deb12u18+b3":"s390x z15 (Ubuntu, with glibc’s VXRS_EXT2 check): hwcap missing (vxrs_ext2)"},"ppc64le":{"7.2+dfsg-7+deb12u18+b3":"ppc64el power8 (Debian, Ubuntu): SIGTRAP (isa2.07-lqarx); ppc64el power9 (RHEL 9/10): SIGTRAP (isa2.07-lqarx)"}},"builds":[{"id":"10.0.13+ds-0+deb13u1+setup-binfmt.0b3d6a7a","debianVersion":"1:10.0.13+ds-0+deb13u1","package":"qemu-user","archive":"debian","suite":"trixie","snapshot":"20261122T091544Z","tag":"qemu-v10.0.13-ds-0-deb13u1-setup-binfmt.0b3d6a7a","hosts":{"x86_64":{"arch":"amd64","deb":{"path":"pool/main/q/qemu/qemu-user_10.0.13+ds-0+deb13u1_amd64.deb","sha256":"ca6ede739327a20ae5a3498230c8a3a9a072c586e131bc6bcc1201eb1725e336","size":71089852},"files":{"riscv64":{"asset":"x86_64_qemu-riscv64-static.tar.gz","sha256":"48419f1fa75bcbd76c3b0411889d099c0bd3edf885dd237bbbc3d0b4f5bca159","size":3030754,"member":"./usr/bin/qemu-riscv64","binarySha256":"ec941b8cf87c7cdff9097e99e83f0398be8eb9352ce9047e8e6de3a59583f4e4","binarySize":14820944}}},"aarch64":{"arch":"arm64","deb":{"path":"pool/main/q/qemu/qemu-user_10.0.13+ds-0+deb13u1_arm64.deb","sha256":"c73711af02b97cd5e2667e735d9c06890c57165517110ca4e646c95a7083158d","size":64178608},"files":{"riscv64":{"asset":"aarch64_qemu-riscv64-static.tar.gz","sha256":"93480c936197a1c86077870c351cf77b1f4889d5c77c6ed7aec5ba5ffaa21a32","size":2930228,"member":"./usr/bin/qemu-riscv64","binarySha256":"e8b48733e7a79d085f13c8807e6351f6600ad5348ddb8ddfca38b2e8c6c8b17b","binarySize":14796032}}}},"patched":{"from":"10.0.13+ds-0+deb13u1","patches":[{"name":"0001-riscv-default-cpu-max-ztso-false.patch","sha256":"3912bdc30a9ba55ff279091e9e24164f383c2b34b050f4e9d7814b2abe59c6c6"}],"summary":"riscv64 CPU \\"max,ztso=false\\" by default: RVA23 without total store ordering","unpatchedCost":"about 3 times as slow on riscv64 (measured on x86_64: Python 7.8 s against 2.6 s; esbuild 11.0 s against 4.9 s)","sourceDateEpoch":1788026140,"buildSuite":"trixie","buildSnapshot":"20261122T091544Z","buildDependencies":{"build-essential":"12.12","python3":"3.13.5-1","python3-venv":"3.13.5-1","meson":"1.7.0-1","ninja-build":"1.12.1-1","pkgconf":"1.8.1-4","libglib2.0-dev":"2.84.4-3~deb13u5","zlib1g-dev":"1:1.3.dfsg+really1.3.1-1+deb13u1","libcapstone-dev":"5.0.7-1~deb13u1","gcc-14":"14.2.0-19","cpp-14":"14.2.0-19","libgcc-14-dev":"14.2.0-19","binutils":"2.44-3","libc6-dev":"2.41-12+deb13u5","linux-libc-dev":"6.12.117-1","dpkg-dev":"1.22.22","patch":"2.8-2+deb13u1","libpcre2-dev":"10.46-1~deb13u3","libffi-dev":"3.4.8-2","gcc-aarch64-linux-gnu":"4:14.2.0-1","libc6-dev:arm64":"2.41-12+deb13u5","libglib2.0-dev:arm64":"2.84.4-3~deb13u5","zlib1g-dev:arm64":"1:1.3.dfsg+really1.3.1-1+deb13u1","libcapstone-dev:arm64":"5.0.7-1~deb13u1","gcc-14-aarch64-linux-gnu":"14.2.0-19cross1","cpp-14-aarch64-linux-gnu":"14.2.0-19cross1","binutils-aarch64-linux-gnu":"2.44-3","libgcc-14-dev-arm64-cross":"14.2.0-19cross1","libpcre2-dev:arm64":"10.46-1~deb13u3","libffi-dev:arm64":"3.4.8-2","pkgconf:arm64":"1.8.1-4"}}}]}');
;// CONCATENATED MODULE: ./src/choices/releases.ts
// The emulators this action vouches for: Debian's QEMU builds, repacked one per host and CPU by
// scripts/debian-qemu.mjs and published as the assets of this repository's `qemu-v<id>` releases.
// qemu-manifest.json, written by that script and bundled with the action, holds for each release
// and host the .deb it came from and each asset's and emulator's size and sha256.


// JSON's inferred types know only the keys present; the interfaces above are the contract.
const QEMU_MANIFEST = qemu_manifest_namespaceObject;
/** The upstream QEMU version of a release: `10.0.13` of `10.0.13+ds-0+deb13u1`. */
const upstreamVersion = (release) => release.id.replace(/[+~-].*$/, '');
/**
 * The release a `qemu-version` names: empty for the default, the id or Debian version exactly,
 * or an upstream version or its prefix (`10.0`, `10.0.13`, `7.2`); the newest where several fit.
 * Given the host, empty means the default where it is built for that host, else the newest
 * release that is (Debian builds some releases for fewer hosts).
 */
function findRelease(version, from = QEMU_MANIFEST, host) {
    if (!version.trim() && host) {
        // The default where it is built for this host, else the newest release that is.
        const preferred = from.releases.find((release) => release.id === from.default);
        if (preferred?.hosts[host])
            return preferred;
        return from.releases.find((release) => release.hosts[host]) ?? preferred;
    }
    const wanted = version.trim() || from.default;
    // A build is named by its id; a Debian version or an upstream one names Debian's own build.
    const build = from.builds?.find((candidate) => candidate.id === wanted);
    if (build)
        return build;
    const exact = from.releases.find((release) => release.id === wanted || release.debianVersion === wanted);
    if (exact)
        return exact;
    return from.releases.find((release) => {
        const upstream = upstreamVersion(release);
        return upstream === wanted || upstream.startsWith(`${wanted}.`);
    });
}
/** What `qemu-version` may say for the manifest's releases, for error messages. */
function releaseChoices(from = QEMU_MANIFEST) {
    return from.releases
        .map((release) => {
        const series = upstreamVersion(release).split('.').slice(0, 2).join('.');
        return `${series} or ${release.id}${release.id === from.default ? ' (the default)' : ''}`;
    })
        .concat((from.builds ?? []).map((build) => `${build.id} (${build.patched?.summary ?? 'our build'})`))
        .join('; ');
}
/** The manifest's entry for an emulator of `cpu` on `host`, if the release has one. */
function manifestFile(release, host, cpu) {
    return release.hosts[host]?.files[(0,targets/* emulatorCpu */.gT)(cpu)];
}
/**
 * The sums the manifest gives for a release on one host, by file name: every asset, and every
 * emulator as it is named once unpacked (`qemu-<cpu>-static`).
 */
function manifestSums(release, host) {
    const sums = new Map();
    for (const [cpu, file] of Object.entries(release.hosts[host]?.files ?? {})) {
        sums.set(file.asset, file.sha256);
        sums.set(`qemu-${cpu}-static`, file.binarySha256);
    }
    return sums;
}
/** Why a release cannot be a CPU's default (a distribution baseline it fails), if it cannot. */
function baselineFailure(release, cpu, from = QEMU_MANIFEST) {
    return from.failsBaselines?.[(0,targets/* emulatorCpu */.gT)(cpu)]?.[release.id];
}
/**
 * The release a CPU's emulator is taken at when qemu-version leaves it open, on this host: the
 * qualification suite's choice for that CPU where that release is built for this host, has the CPU
 * and passes its baselines; else the default for this host where it does; else the newest release
 * that does; else (none does) the default for this host.
 */
function defaultReleaseFor(cpu, host, from = QEMU_MANIFEST) {
    const chosen = from.defaults?.[(0,targets/* emulatorCpu */.gT)(cpu)];
    const release = chosen
        ? [...(from.builds ?? []), ...from.releases].find((candidate) => candidate.id === chosen)
        : undefined;
    const passes = (candidate) => manifestFile(candidate, host, cpu) !== undefined && baselineFailure(candidate, cpu, from) === undefined;
    if (release && passes(release))
        return release;
    const general = findRelease('', from, host);
    if (general && passes(general))
        return general;
    // The newest that has the CPU for this host and passes its baselines; where none does, the
    // default for this host, which the run then names (a gated release, or no emulator at all).
    return from.releases.find(passes) ?? general;
}


/***/ }),

/***/ 3710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* binding */ SOURCES),
/* harmony export */   N5: () => (/* binding */ versionMeanings),
/* harmony export */   PJ: () => (/* binding */ parseSource),
/* harmony export */   Zr: () => (/* binding */ sourceChoice)
/* harmony export */ });
/* unused harmony export sourceChoices */
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7700);
/* harmony import */ var _releases_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(681);
// The emulator sources a run may choose, as the `source` input names them: the one list of them.
// Each says how its text parses, what it is in a few words, and what `qemu-version` means for it;
// settings, the command line's help and the error messages derive from this list. Where each
// source's emulators come from is its provider in emulators/sources/ (one file each), which
// emulators/index.ts registers by kind: the compiler refuses a kind here without a provider there.


const named = (kind) => (text) => text.toLowerCase() === kind ? { kind } : undefined;
const PLACEHOLDERS = ['{cpu}', '{version}', '{host}'];
/** A URL template: http(s), placeholders among {cpu} {version} {host}, {cpu} in it, a valid URL. */
function parseTemplate(value) {
    if (!/^https?:\/\//i.test(value))
        return undefined;
    (0,_support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .checkLength */ .Nv)('source', value, _support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_URL */ .zu, 'URL');
    const fail = (problem) => {
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('source', value, problem, sourceChoices());
    };
    const unknown = [...value.matchAll(/\{([^}]*)\}/g)]
        .map((match) => match[0])
        .filter((name) => !PLACEHOLDERS.includes(name));
    if (unknown.length > 0)
        fail(`the URL template has unknown placeholders ${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .listed */ .KE)(unknown)}`);
    if (!value.includes('{cpu}'))
        fail('the URL template has no {cpu}, so every platform would get the same file');
    try {
        new URL(value.replaceAll('{cpu}', 'aarch64').replaceAll('{version}', '1').replaceAll('{host}', 'x86_64'));
    }
    catch {
        fail('the URL template is not a valid URL');
    }
    return { kind: 'url', template: value };
}
const SOURCES = [
    {
        kind: 'debian',
        named: 'debian',
        about: "Debian's pinned QEMU builds (the default)",
        version: `a release: ${(0,_releases_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseChoices */ .Oj)()} (empty: per CPU, the fastest that runs current distributions)`,
        parse: named('debian'),
        versionProblem: (version) => (0,_releases_js__WEBPACK_IMPORTED_MODULE_1__/* .findRelease */ .dv)(version)
            ? undefined
            : { problem: `source: debian has no QEMU release ${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(version)}`, allowed: (0,_releases_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseChoices */ .Oj)() },
    },
    {
        kind: 'multiarch',
        named: 'multiarch',
        about: 'multiarch/qemu-user-static releases (x86_64 hosts)',
        version: 'a release such as 7.2.0-1 (its last, the default)',
        parse: named('multiarch'),
    },
    {
        kind: 'apt',
        named: 'apt',
        about: "the distribution's qemu-user-static package",
        version: 'a Debian package version (empty: the candidate)',
        parse: named('apt'),
    },
    {
        kind: 'host',
        named: 'host',
        about: 'emulators already on the machine (qemu-path, then PATH)',
        version: 'not used',
        parse: named('host'),
    },
    {
        kind: 'url',
        named: 'a URL template with {cpu} (and optionally {version}, {host})',
        about: 'a mirror',
        version: '{version} in the template (empty: 7.2.0-1)',
        parse: parseTemplate,
    },
];
/** The sources as a message's "allowed values" name them. */
const sourceChoices = () => {
    const names = SOURCES.map((source) => source.named);
    return `${names.slice(0, -1).join(', ')}, or ${names.at(-1)}`;
};
/** What qemu-version means, source by source, for the messages and the help. */
const versionMeanings = () => SOURCES.filter((source) => source.version !== 'not used')
    .map((source) => `${source.version} for ${source.kind === 'url' ? 'a URL template' : `source: ${source.kind}`}`)
    .join('; ');
/** The `source` input's text as a Source; an InputError names what is allowed. */
function parseSource(text) {
    const value = text.trim();
    for (const source of SOURCES) {
        const parsed = source.parse(value);
        if (parsed)
            return parsed;
    }
    throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('source', value, `${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(value)} is neither a known source nor an http(s) URL template`, sourceChoices());
}
/** The choice of `kind`. */
const sourceChoice = (kind) => SOURCES.find((source) => source.kind === kind);


/***/ }),

/***/ 7265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ requireLinux)
/* harmony export */ });
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7700);
// The one operating system this works on: binfmt_misc and QEMU's user-mode emulation are Linux's.
// The action and the command line check first, and say so, instead of failing somewhere deep.

const NAMES = {
    darwin: 'macOS',
    win32: 'Windows',
    freebsd: 'FreeBSD',
    openbsd: 'OpenBSD',
    netbsd: 'NetBSD',
    sunos: 'illumos/Solaris',
    aix: 'AIX',
};
class PlatformError extends _support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SetupBinfmtError */ .im {
    name = 'PlatformError';
}
/** Fails unless this is Linux, naming the system found. */
function requireLinux(platform = process.platform) {
    if (platform === 'linux')
        return;
    throw new PlatformError(`setup-binfmt needs a Linux runner or machine (binfmt_misc and QEMU's user-mode emulation are Linux's), and this one is ${NAMES[platform] ?? platform} (${platform}): run the job on a Linux runner, such as ubuntu-latest.`);
}


/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nI: () => (/* binding */ COMMAND_LINE_INPUTS),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* unused harmony export INPUTS */
/* harmony import */ var _choices_sources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3710);
// The one table of inputs: each with its default (action.yml's, checked by a test), how the
// command line gives it (an option taking a value, or a switch that sets it), and its help line.
// The defaults settings read, the command line's options, its help and its mapping onto the
// inputs all derive from here.

const sourceHelp = () => [
    'where the emulators come from:',
    ..._choices_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .SOURCES */ .Hl.map((source) => source.kind === 'url' ? `  ${source.named}: ${source.about}` : `  ${source.named.padEnd(10)}  ${source.about}`),
].join('\n');
const INPUTS = {
    platforms: {
        default: 'all',
        commandLine: { option: 'platforms', value: 'LIST' },
        help: 'comma-separated: linux/arm64, arm64, ppc64le, mips64, all, … (default: all)',
    },
    flags: {
        default: '',
        commandLine: { option: 'flags', value: 'FLAGS' },
        help: 'letters from P, O, C, F, or none (default: F)',
    },
    source: { default: 'debian', commandLine: { option: 'source', value: 'SOURCE' }, help: sourceHelp() },
    'qemu-version': {
        default: '',
        commandLine: { option: 'qemu-version', value: 'V' },
        help: '11.1, 10.0 or 7.2 with debian, also per platform ("10.0,arm64=11.1");\nempty: per CPU, the fastest that runs current distributions;\na release or package version otherwise',
    },
    checksums: {
        default: '',
        commandLine: { option: 'checksums', file: 'FILE' },
        help: 'sha256sum-style file (or URL) to check downloads against',
    },
    cache: { default: 'true', commandLine: { option: 'no-cache', sets: 'false' }, help: 'do not use the tool cache' },
    'qemu-path': {
        default: '',
        commandLine: { option: 'qemu-path', value: 'DIR' },
        help: 'directory searched for emulators before PATH',
    },
    'on-conflict': {
        default: 'replace',
        commandLine: { option: 'on-conflict', value: 'MODE' },
        help: 'replace (default), keep or fail',
    },
    reset: { default: 'false', commandLine: { option: 'reset', sets: 'true' }, help: 'first remove every qemu-* entry' },
    verify: { default: 'true', commandLine: { option: 'no-verify', sets: 'false' }, help: 'do not run the probes' },
    cleanup: { default: 'auto', help: 'restore binfmt_misc in the post step (the action only)' },
};
/** Each input's default, as action.yml gives it. */
const DEFAULTS = Object.fromEntries(Object.entries(INPUTS).map(([name, input]) => [name, input.default]));
/** The inputs the command line gives, with how. */
const COMMAND_LINE_INPUTS = Object.entries(INPUTS).flatMap(([name, input]) => input.commandLine ? [{ name, ...input.commandLine, help: input.help }] : []);


/***/ }),

/***/ 9571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qr: () => (/* binding */ checkInterpreters),
/* harmony export */   l6: () => (/* binding */ fileIdentity),
/* harmony export */   mm: () => (/* binding */ registrableEmulator)
/* harmony export */ });
/* unused harmony export interpreterProblems */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7700);
/* harmony import */ var _support_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8020);
/* harmony import */ var _support_scratch_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2353);
// Guards around the interpreters we register. With C (or O) and without F, the kernel opens the
// interpreter by its path at every exec and runs setuid programs with credentials computed from
// them: whoever can replace that file (or any directory above it) gets root. With F the file is
// opened once, at registration: it must be the very file that was checked.







/** Who can replace a path, in words, or undefined when only root can. */
async function replaceableBy(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path);
    if (info.uid !== 0)
        return `${path} is owned by uid ${info.uid}, not root`;
    const sticky = (info.mode & 0o1000) !== 0;
    // A sticky directory (like /tmp) lets others add names, but not replace root's.
    if ((info.mode & 0o022) !== 0 && !(info.isDirectory() && sticky)) {
        const who = (info.mode & 0o002) !== 0 ? 'anyone' : `group ${info.gid}`;
        return `${path} is writable by ${who} (mode ${(info.mode & 0o7777).toString(8)})`;
    }
    return undefined;
}
/** Every problem that lets someone other than root replace `path`. */
async function interpreterProblems(path) {
    const problems = [];
    for (let current = path;; current = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(current)) {
        const problem = await replaceableBy(current);
        if (problem)
            problems.push(problem);
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(current) === current)
            break;
    }
    return problems;
}
/** Refuses, when the flags make it matter, interpreters that someone other than root could replace. */
async function checkInterpreters(paths, flags) {
    if (!/[CO]/.test(flags) || flags.includes('F'))
        return;
    const findings = await Promise.all(paths.map(async (path) => ({ path, problems: await interpreterProblems(path) })));
    const unsafe = findings.filter((finding) => finding.problems.length > 0);
    if (unsafe.length === 0)
        return;
    throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UnsafeInterpreterError */ .JL([
        `Refusing to register with flags "${flags}": with ${flags.includes('C') ? 'C' : 'O'} and without F the kernel opens the emulator by its path at every exec${flags.includes('C') ? ' and runs setuid programs as their owner through it' : ''}, so whoever can replace it can run code as root. Here:`,
        ...unsafe.map((finding) => `  ${finding.path}: ${finding.problems.join('; ')}`),
        'Add F (the kernel then opens the emulator once, now), or keep the emulators in directories only root can write (qemu-path, or a root-owned RUNNER_TOOL_CACHE).',
    ].join('\n'));
}
/** Identifies a file's content without reading it: a replaced or modified file differs. */
async function fileIdentity(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path, { bigint: true });
    return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
}
/**
 * The emulator as it is registered: itself where nobody but this user or root could replace it
 * (nor any directory above it), else a private copy in a directory only this user can write,
 * whose bytes were read through one descriptor and hashed as they were written: they must be the
 * ones checked. Whatever the flags: without F the kernel opens the file at every exec.
 */
async function registrableEmulator(emulator, log) {
    const problem = (0,_support_files_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPrivateTree */ .c8)(emulator.path);
    if (!problem)
        return emulator;
    const { file, problem: notRegular } = await (0,_support_files_js__WEBPACK_IMPORTED_MODULE_5__/* .openRegularFile */ .ZU)(emulator.path);
    if (!file)
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UnsafeInterpreterError */ .JL(`Refusing to register ${emulator.path}: ${notRegular}.`);
    const directory = await (0,_support_scratch_js__WEBPACK_IMPORTED_MODULE_6__/* .makeKeepDirectory */ .NK)(`setup-binfmt-private-${emulator.cpu}-`);
    const where = (0,_support_files_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPrivateTree */ .c8)(directory);
    if (where) {
        await file.close();
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UnsafeInterpreterError */ .JL(`Refusing to register ${emulator.path}: ${problem}, so it could be replaced, and a private copy cannot be made either (${where}). Keep the emulators where only you or root can write (qemu-path, RUNNER_TOOL_CACHE) and the job's temporary directory (RUNNER_TEMP) private.`);
    }
    const copy = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(emulator.path));
    const out = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(copy, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW, 0o755);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    try {
        for await (const chunk of file.createReadStream({
            highWaterMark: 1 << 20,
            autoClose: false,
        })) {
            hash.update(chunk);
            await out.write(chunk);
        }
    }
    finally {
        await Promise.all([file.close(), out.close()]);
    }
    const sha256 = hash.digest('hex');
    if (sha256 !== emulator.sha256) {
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UnsafeInterpreterError */ .JL(`${emulator.path} changed after it was checked (sha256 ${sha256} now, ${emulator.sha256} checked): refusing to register it.`);
    }
    log(`qemu-${emulator.cpu}: ${problem}, so ${emulator.path} could be replaced: registering a private copy, ${copy}`);
    return { ...emulator, path: copy };
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   TI: () => (/* binding */ reportData),
/* harmony export */   Yz: () => (/* binding */ outputsOf),
/* harmony export */   jn: () => (/* binding */ reportTable),
/* harmony export */   ku: () => (/* binding */ formatTable)
/* harmony export */ });
/* unused harmony export releaseNote */
const STATUS_TEXT = {
    native: 'runs natively',
    registered: 'registered',
    replaced: 'replaced the existing entry',
    kept: 'already registered (identical)',
    enabled: 'enabled the identical entry',
    'kept-existing': 'kept the existing entry (on-conflict: keep)',
};
const namesOf = (request) => (request.platforms.length > 0 ? request.platforms : [request.target.cpu]);
const major = (version) => Number(/^(\d+)\./.exec(version)?.[1] ?? NaN);
/**
 * What a user of an emulated CPU should know of its release's limits and knobs, if anything: for
 * the manifest's Debian builds (source: debian), as the qualification suite's baseline stage and
 * the emulation benchmark measured them (see the README); other builds were not measured.
 */
function releaseNote(cpu, emulator) {
    const release = major(emulator.version);
    if (emulator.source !== 'debian' || Number.isNaN(release))
        return undefined;
    const { version } = emulator;
    // This project's builds carry their fix (see the manifest's builds): nothing to add.
    if (/\+setup-binfmt\./.test(version))
        return undefined;
    if (cpu === 'riscv64' && release < 10) {
        return `riscv64: QEMU ${version} runs rv64gc code (Debian, Fedora, Alpine) fast but not RVA23 code: Ubuntu 25.10+ and 26.04 programs die with SIGILL. qemu-version: riscv64=10.0 runs them.`;
    }
    if (cpu === 'riscv64') {
        return `riscv64: QEMU ${version} emulates CPU "max" (RVA23 and Ztso), correct for every userland but slow: QEMU_CPU=max,ztso=false in the programs' environment (ENV in a Dockerfile, env: in a step) runs the same code 2 to 3 times as fast; qemu-version: riscv64=7.2 is faster still for rv64gc-only userlands, but cannot run Ubuntu 25.10+.`;
    }
    if (cpu === 'aarch64' && release >= 11) {
        return `arm64: QEMU ${version} turns pointer authentication off by default: code built for armv8.3+ with pac-ret (retaa; -mcpu=neoverse-v1) dies with SIGILL. QEMU_CPU=max in its environment, or qemu-version: arm64=10.0, runs it.`;
    }
    return undefined;
}
function buildReport(host, outcomes, flags = '') {
    const runnable = outcomes.filter((outcome) => outcome.status === 'native' || outcome.probe?.ok !== false);
    const emulated = runnable.filter((outcome) => outcome.status !== 'native');
    const platforms = new Set(host?.platforms.slice(0, 1) ?? []);
    for (const outcome of runnable)
        outcome.request.platforms.forEach((platform) => platforms.add(platform));
    const interpreters = {};
    for (const outcome of emulated) {
        for (const name of namesOf(outcome.request))
            interpreters[name] = outcome.interpreter ?? '';
    }
    const used = emulated.filter((outcome) => outcome.emulator && outcome.status !== 'kept-existing');
    const versions = [...new Set(used.map((outcome) => outcome.emulator.version))];
    const emulators = {};
    for (const outcome of used) {
        const { path, version, sha256, source } = outcome.emulator;
        for (const name of namesOf(outcome.request))
            emulators[name] = { path, version, sha256, source };
    }
    return {
        platforms: [...platforms],
        emulated: emulated.flatMap((outcome) => namesOf(outcome.request)),
        interpreters,
        qemuVersion: versions.join(', '),
        cacheHit: used.length > 0 && used.every((outcome) => outcome.emulator.cacheHit),
        emulators,
        outcomes,
        notes: [
            ...outcomes
                .filter((outcome) => (outcome.alsoMatching ?? []).length > 0)
                .map((outcome) => `${namesOf(outcome.request).join(', ')}: also matched by ${outcome.alsoMatching.join(', ')}; the kernel uses whichever matching entry was registered last.`),
            ...[...new Set(used.map((outcome) => releaseNote(outcome.request.target.cpu, outcome.emulator)))].filter((note) => note !== undefined),
            ...(flags.includes('C') && emulated.length > 0
                ? [
                    "Flag C: setuid programs of the emulated systems (sudo, ping, …) run with their owner's credentials, often root, through the emulator.",
                ]
                : []),
        ],
    };
}
/** The action's outputs, by name, as action.yml lists them (a test holds the two together). */
function outputsOf(report) {
    return {
        platforms: report.platforms.join(','),
        emulated: report.emulated.join(','),
        interpreters: JSON.stringify(report.interpreters),
        'qemu-version': report.qemuVersion,
        'cache-hit': String(report.cacheHit),
        emulators: JSON.stringify(report.emulators),
    };
}
/** The summary table: a header row, then one row per target. */
function reportTable(report) {
    const header = ['platform', 'qemu cpu', 'interpreter', 'flags', 'probe printed', 'status'];
    const rows = report.outcomes.map((outcome) => {
        const printed = outcome.status === 'native'
            ? (outcome.nativeMachine ?? '')
            : outcome.probe
                ? outcome.probe.runs.map((run) => run.output || '(nothing)')[0]
                : 'not verified';
        const verdict = outcome.probe
            ? outcome.probe.ok
                ? 'verified'
                : `FAILED: ${outcome.probe.summary}`
            : outcome.status === 'native'
                ? 'verified'
                : 'not verified';
        return [
            namesOf(outcome.request).join(', '),
            outcome.request.target.cpu,
            outcome.interpreter ?? '(native)',
            outcome.status === 'native' ? '-' : outcome.flags || '(none)',
            printed,
            `${STATUS_TEXT[outcome.status]}, ${verdict}`,
        ];
    });
    return [header, ...rows];
}
/** The table as aligned plain text, for logs and the command line. */
function formatTable(rows) {
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
    return rows
        .map((row) => row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd())
        .join('\n');
}
/** The report as plain data for JSON (the command line's --json). */
function reportData(report) {
    return {
        platforms: report.platforms,
        emulated: report.emulated,
        interpreters: report.interpreters,
        qemuVersion: report.qemuVersion,
        cacheHit: report.cacheHit,
        emulators: report.emulators,
        targets: report.outcomes.map((outcome) => ({
            cpu: outcome.request.target.cpu,
            platforms: outcome.request.platforms,
            status: outcome.status,
            interpreter: outcome.interpreter,
            flags: outcome.flags,
            probe: outcome.probe && {
                ok: outcome.probe.ok,
                printed: outcome.probe.runs.map((run) => run.output),
                summary: outcome.probe.summary,
            },
        })),
        notes: report.notes,
    };
}


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Su: () => (/* binding */ defaultFlagsFor),
/* harmony export */   sb: () => (/* binding */ readSettings),
/* harmony export */   ud: () => (/* binding */ checkPlainText)
/* harmony export */ });
/* unused harmony export checkAscii */
/* harmony import */ var _binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8488);
/* harmony import */ var _choices_checksums_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6112);
/* harmony import */ var _choices_sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3710);
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7700);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8422);
/* harmony import */ var _probe_programs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3061);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8993);
// Every input, parsed and validated into one typed object. Nothing else reads inputs: the action
// passes the INPUT_* values, the command line its flags, and both get the same errors.







const ON_CONFLICT = ['replace', 'keep', 'fail'];
const CLEANUP = ['auto', 'true', 'false'];
/** F alone unless the machine is thrown away after the job (GitHub-hosted runners): then CF. */
const defaultFlagsFor = (runnerEnvironment) => runnerEnvironment === 'github-hosted' ? 'CF' : 'F';
/** The names a user may give: every Docker platform, and the qemu cpu names we can verify. */
function knownPlatformNames() {
    const supported = _targets_js__WEBPACK_IMPORTED_MODULE_6__/* .TARGETS */ .dW.filter((target) => _probe_programs_js__WEBPACK_IMPORTED_MODULE_5__/* .PROBE_PROGRAMS */ .h[target.cpu]);
    return [
        ...supported.flatMap((target) => target.platforms),
        ...supported.map((target) => target.cpu),
        'all',
        'qemu-all',
    ];
}
function parsePlatforms(text) {
    const names = text.split(/[\s,]+/).filter((name) => name !== '');
    if (names.length === 0) {
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('platforms', text, 'it is empty: name the platforms to set up, or "all" for every Docker platform (an empty matrix value?)', knownPlatformNames().join(', '));
    }
    const byCpu = new Map();
    const unknown = [];
    for (const name of names) {
        const lower = name.toLowerCase();
        const found = lower === 'all' ? (0,_targets_js__WEBPACK_IMPORTED_MODULE_6__/* .dockerTargets */ .pQ)() : lower === 'qemu-all' ? (0,_targets_js__WEBPACK_IMPORTED_MODULE_6__/* .allTargets */ .eN)() : [(0,_targets_js__WEBPACK_IMPORTED_MODULE_6__/* .findTarget */ .FB)(name)];
        for (const request of found) {
            if (!request || !_probe_programs_js__WEBPACK_IMPORTED_MODULE_5__/* .PROBE_PROGRAMS */ .h[request.target.cpu]) {
                unknown.push(name);
                continue;
            }
            const platforms = byCpu.get(request.target.cpu) ?? new Set();
            request.platforms.forEach((platform) => platforms.add(platform));
            byCpu.set(request.target.cpu, platforms);
        }
    }
    if (unknown.length > 0) {
        // An error line stays short: the first few, then how many more.
        const named = (0,_support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .listed */ .KE)(unknown);
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('platforms', text, `${named} ${unknown.length === 1 ? 'is not a platform' : 'are not platforms'} this action can set up`, `${knownPlatformNames().join(', ')} (and the usual aliases: arm64, armhf, amd64, 386, ppc64el, mips64el, loong64, …)`);
    }
    return [...byCpu].map(([cpu, platforms]) => ({
        target: _targets_js__WEBPACK_IMPORTED_MODULE_6__/* .TARGETS */ .dW.find((target) => target.cpu === cpu),
        platforms: [...platforms],
    }));
}
function parseChecksumInput(text) {
    const value = text.trim();
    if (value === '')
        return { kind: 'none' };
    if (/^https?:\/\/\S+$/i.test(value)) {
        (0,_support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .checkLength */ .Nv)('checksums', value, _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_URL */ .zu, 'URL');
        return { kind: 'url', url: value };
    }
    return { kind: 'list', table: (0,_choices_checksums_js__WEBPACK_IMPORTED_MODULE_1__/* .parseChecksums */ .y)(value, 'the checksums input') };
}
const VERSION_CHOICES = () => `${(0,_choices_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .versionMeanings */ .N5)()}; PLATFORM=VERSION items choose per platform (e.g. "10.0, arm64=11.1")`;
function checkVersion(value, source, whole) {
    (0,_support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .checkLength */ .Nv)('qemu-version', value, _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_VERSION */ .iZ, 'version', whole);
    if (!/^[A-Za-z0-9][A-Za-z0-9.+~:_-]*$/.test(value)) {
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('qemu-version', whole, `${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(value)} is not a version`, VERSION_CHOICES());
    }
    const refused = (0,_choices_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceChoice */ .Zr)(source.kind).versionProblem?.(value);
    if (refused)
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('qemu-version', whole, refused.problem, refused.allowed);
    return value;
}
/**
 * `qemu-version`: one version for every platform, and/or `PLATFORM=VERSION` items (separated by
 * commas or spaces) for some: `10.0, arm64=11.1, riscv64=7.2`.
 */
function parseQemuVersion(text, source) {
    const items = text.split(/[\s,]+/).filter((item) => item !== '');
    const general = items.filter((item) => !item.includes('='));
    if (general.length > 1) {
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('qemu-version', text, `it names ${general.length} versions for every platform (${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .listed */ .KE)(general, 5, (item) => (0,_support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(item, 20))}): give one, and PLATFORM=VERSION for the others`, VERSION_CHOICES());
    }
    const qemuVersions = new Map();
    for (const item of items.filter((item) => item.includes('='))) {
        const [name = '', version = ''] = item.split('=', 2);
        const request = (0,_targets_js__WEBPACK_IMPORTED_MODULE_6__/* .findTarget */ .FB)(name);
        if (!request) {
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('qemu-version', text, `${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(name, 40)} (in ${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(item, 60)}) is not a platform`, 'PLATFORM=VERSION with a platform name that platforms takes (arm64, riscv64, linux/arm/v7, …)');
        }
        const cpu = request.target.cpu;
        const earlier = qemuVersions.get(cpu);
        const checked = checkVersion(version, source, text);
        if (earlier !== undefined && earlier !== checked) {
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('qemu-version', text, `${cpu} is given two versions (${earlier} and ${checked}): one emulator serves all of its platforms`, VERSION_CHOICES());
        }
        qemuVersions.set(cpu, checked);
    }
    const qemuVersion = general[0] === undefined ? '' : checkVersion(general[0], source, text);
    return { qemuVersion, qemuVersions };
}
function qemuPathOf(value) {
    (0,_support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .checkLength */ .Nv)('qemu-path', value, _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_PATH */ .lm, 'path');
    return value;
}
function parseChoice(input, value, choices) {
    const wanted = value.trim().toLowerCase();
    const found = choices.find((choice) => choice === wanted);
    if (!found)
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(value)} is not one of the choices`, choices.join(', '));
    return found;
}
function parseBoolean(input, value) {
    const wanted = value.trim().toLowerCase();
    if (wanted === 'true')
        return true;
    if (wanted === 'false')
        return false;
    throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(value)} is not a boolean`, 'true, false');
}
/** Inputs that are lists, one item a line: the only ones where a line break belongs. */
const MULTILINE = new Set(['platforms', 'checksums', 'qemu-version']);
/**
 * Refuses control characters: a line break in a URL or path can smuggle a workflow command into
 * the log, and no input needs one but the lists (where CR LF line ends are fine).
 */
function checkPlainText(input, value) {
    const multiline = MULTILINE.has(input);
    const isControl = (code) => code < 0x20 || (code >= 0x7f && code <= 0x9f);
    const characters = [...value];
    const at = characters.findIndex((c, i) => {
        const code = c.codePointAt(0);
        if (!isControl(code) || code === 9)
            return false;
        return !(multiline && (code === 10 || (code === 13 && characters[i + 1] === '\n')));
    });
    if (at < 0)
        return;
    const code = characters[at].codePointAt(0);
    const what = code === 10 ? 'a line break' : code === 13 ? 'a carriage return' : code === 0 ? 'a NUL' : 'a control character';
    throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(value)} holds ${what} (U+${code.toString(16).toUpperCase().padStart(4, '0')}) at position ${at + 1}`, multiline ? 'plain text, items separated by commas, spaces or line breaks' : 'plain text on one line');
}
/**
 * Inputs read without regard to case (names, choices, flags, versions, the source): ASCII only.
 * Case folding turns some other letters into ASCII ones (the Kelvin sign K into k, the ligature ﬀ
 * into FF), so a value that reads as something else would be taken; refused before any folding.
 */
const FOLDED = new Set([
    'platforms',
    'flags',
    'source',
    'qemu-version',
    'on-conflict',
    'cleanup',
    'cache',
    'reset',
    'verify',
]);
/** Refuses characters outside ASCII in the inputs read without regard to case (FOLDED). */
function checkAscii(input, value) {
    if (!FOLDED.has(input) || [...value].every((c) => c.codePointAt(0) <= 0x7f))
        return;
    throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(value)} holds a character outside ASCII`, 'ASCII text (names, choices, flags and versions are ASCII; a URL takes other characters percent-encoded)');
}
function readSettings(read, context = { defaultFlags: 'F' }) {
    const raw = (name) => {
        const value = read(name);
        if (value !== undefined) {
            checkPlainText(name, value);
            checkAscii(name, value);
        }
        return value;
    };
    const get = (name) => {
        const value = (raw(name) ?? '').trim();
        return value === '' ? _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULTS */ .zY[name] : value;
    };
    const flagText = get('flags') || context.defaultFlags;
    let flags;
    try {
        // `none` asks for no flags (an empty input means the default).
        flags = flagText.toLowerCase() === 'none' ? '' : (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeFlags */ .vS)(flagText.replace(/[\s,]/g, '').toUpperCase());
    }
    catch (error) {
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('flags', flagText, error.message, 'letters from P, O, C, F (e.g. CF), or none');
    }
    const source = (0,_choices_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSource */ .PJ)(get('source'));
    const platforms = raw('platforms');
    return {
        requests: parsePlatforms(platforms === undefined ? _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULTS */ .zY.platforms : platforms),
        flags,
        source,
        ...parseQemuVersion(get('qemu-version'), source),
        checksums: parseChecksumInput(raw('checksums') ?? ''),
        cache: parseBoolean('cache', get('cache')),
        qemuPath: qemuPathOf(get('qemu-path')),
        onConflict: parseChoice('on-conflict', get('on-conflict'), ON_CONFLICT),
        reset: parseBoolean('reset', get('reset')),
        verify: parseBoolean('verify', get('verify')),
        cleanup: parseChoice('cleanup', get('cleanup'), CLEANUP),
    };
}


/***/ }),

/***/ 8312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ detectNative),
  O: () => (/* binding */ emulatorsFor)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/binfmt/entry.ts
var entry = __webpack_require__(8488);
// EXTERNAL MODULE: ./src/support/errors.ts
var errors = __webpack_require__(7700);
// EXTERNAL MODULE: ./src/support/process.ts
var support_process = __webpack_require__(8030);
// EXTERNAL MODULE: ./src/support/secrets.ts
var secrets = __webpack_require__(1442);
// EXTERNAL MODULE: ./src/support/files.ts
var files = __webpack_require__(8020);
// EXTERNAL MODULE: ./src/support/scratch.ts
var scratch = __webpack_require__(2353);
// EXTERNAL MODULE: ./src/targets.ts
var targets = __webpack_require__(8993);
// EXTERNAL MODULE: ./src/emulators/checksums.ts
var checksums = __webpack_require__(1936);
// EXTERNAL MODULE: ./src/emulators/cache.ts
var emulators_cache = __webpack_require__(5878);
;// CONCATENATED MODULE: ./src/emulators/emulator.ts
// What every emulator source shares: the checks an emulator passes before it is used (an ELF
// executable for this host that answers --version, with its sha256 matching every sum listed for
// it), and the tool cache through which downloads are kept.












/** The names an emulator for `cpu` goes by, preferred first (i486's is qemu-i386's). */
const emulatorNames = (cpu) => [`qemu-${(0,targets/* emulatorCpu */.gT)(cpu)}-static`, `qemu-${(0,targets/* emulatorCpu */.gT)(cpu)}`];
async function readHead(path, length) {
    const file = await (0,promises_.open)(path, 'r');
    try {
        const head = Buffer.alloc(length);
        const { bytesRead } = await file.read(head, 0, length, 0);
        return head.subarray(0, bytesRead);
    }
    finally {
        await file.close();
    }
}
/** Whether an ELF file asks for a program interpreter (PT_INTERP), i.e. is dynamically linked. */
async function isDynamicallyLinked(path) {
    const head = await readHead(path, 4096);
    if (head.length < 52 || head.readUInt32BE(0) !== 0x7f454c46)
        return false;
    const is64 = head[4] === 2;
    const le = head[5] === 1;
    const u16 = (at) => (le ? head.readUInt16LE(at) : head.readUInt16BE(at));
    const u32 = (at) => (le ? head.readUInt32LE(at) : head.readUInt32BE(at));
    const phoff = is64 ? Number(le ? head.readBigUInt64LE(32) : head.readBigUInt64BE(32)) : u32(28);
    const phentsize = u16(is64 ? 54 : 42);
    const phnum = u16(is64 ? 56 : 44);
    const PT_INTERP = 3;
    for (let i = 0; i < phnum && phoff + (i + 1) * phentsize <= head.length; i++) {
        if (u32(phoff + i * phentsize) === PT_INTERP)
            return true;
    }
    return false;
}
/**
 * Refuses a file that is not an ELF executable for this host: its class, byte order and machine
 * (e_machine) must be the host's. A script, or a binary built for another CPU, is named as such.
 */
async function checkHostExecutable(path, what, host) {
    const head = await readHead(path, 64);
    if (head.length < 20 || head.readUInt32BE(0) !== 0x7f454c46) {
        const start = head
            .subarray(0, 16)
            .toString('latin1')
            .replace(/[^\x20-\x7e]/g, '.');
        throw new errors/* EmulatorError */.Ki(`${what} is not an ELF executable (it starts with "${start}").`);
    }
    if (!(0,entry/* magicMatches */.Xx)(host.magic, host.mask, head)) {
        const built = (0,entry/* targetOfHeader */.gv)(head);
        throw new errors/* EmulatorError */.Ki(`${what} is built to run on ${built ? `${built.cpu} machines` : 'another kind of machine'}, not on this ${host.cpu} one: pick the files for ${host.cpu} hosts.`);
    }
}
/** Runs `<emulator> --version` and returns the version it reports. */
async function emulatorVersion(cpu, path) {
    const finished = await (0,support_process/* capture */.Fg)(path, ['--version'], { timeoutMs: 10000 });
    const version = /version\s+(\d+\.\d+(?:\.\d+)?)/i.exec(finished.stdout)?.[1];
    if (finished.code === 0 && version)
        return version;
    const why = finished.startError
        ? finished.startError.message
        : finished.code !== 0
            ? `${finished.timedOut ? 'it did not answer within 10 s' : `it exited with code ${finished.code ?? finished.signal}`}`
            : `it printed ${JSON.stringify((finished.stdout + finished.stderr).trim().slice(0, 200))}`;
    throw new errors/* EmulatorError */.Ki(`${path} is not a working qemu-${cpu} emulator: \`${path} --version\` failed (${why}).`);
}
/**
 * Checks a fetched emulator: its sum, that it runs on this host, and what --version says (not
 * asked of a file whose sum the action vouches for and whose version it knows: a known build).
 */
async function checkEmulatorFile(cpu, path, origin, context, version, knownSha256) {
    const file = (0,external_node_path_.basename)(path);
    const sha256 = await (0,checksums/* checkFile */.vH)(path, file, context.sums, origin, knownSha256);
    await checkHostExecutable(path, `${file} from ${origin}`, context.options.host);
    const vouched = context.sums.get(file) === sha256;
    const reported = version !== undefined && vouched ? version : await emulatorVersion(cpu, path);
    return { path, file, sha256, version: version ?? reported };
}
/** Stores a checked file: in the tool cache, or (cache off, or a cache others can write) for the job only. */
async function storeEmulator(cpu, checked, context, url) {
    const { key, options, cache, sums } = context;
    // The record goes to disk and into the Actions cache: never with the credentials of a URL.
    const record = {
        file: checked.file,
        sha256: checked.sha256,
        version: checked.version,
        source: (0,secrets/* hideCredentials */.R)(key.source),
        ...(url ? { url: (0,secrets/* hideCredentials */.R)(url) } : {}),
    };
    let path;
    if (options.cache) {
        try {
            path = (await cache.store(cpu, key, checked.path, record, (0,emulators_cache/* vouchingFor */.b)(cpu, sums, [checked.file]))).path;
        }
        catch (error) {
            if (!(error instanceof files/* UnsafePathError */.k0))
                throw error;
            options.warn(`qemu-${cpu}: not cached, ${error.message}; the emulator is kept for this job only.`);
        }
    }
    if (path === undefined) {
        // Without the cache the emulator must still outlive this process: it stays for the job, in a
        // directory of its own that only this user can write.
        const directory = await (0,scratch/* makeKeepDirectory */.NK)(`setup-binfmt-qemu-${cpu}-`);
        path = (0,external_node_path_.join)(directory, checked.file);
        await (0,promises_.rename)(checked.path, path).catch(() => (0,promises_.copyFile)(checked.path, path, external_node_fs_.constants.COPYFILE_EXCL));
    }
    return {
        cpu,
        path,
        version: checked.version,
        source: key.source,
        sha256: checked.sha256,
        cacheHit: false,
        dynamic: await isDynamicallyLinked(path),
        ...(url ? { url } : {}),
    };
}
/**
 * The version a cached emulator is reported as: what the run resolved (the manifest release, the
 * apt package), else what the emulator itself says, as for a download; never its record's word.
 */
async function cachedVersion(cpu, path, { options, key }) {
    return options.source.kind === 'debian' || options.source.kind === 'apt' ? key.version : emulatorVersion(cpu, path);
}
/**
 * The cached emulator for `cpu`, if there is one this run can trust: its bytes one of the sums the
 * run vouches with for the CPU (by the names the run expects, never by its record's), or, with no
 * sum listed at all, written by nobody else. A bad entry is dropped.
 */
async function fromCache(cpu, context, expected = {}) {
    const { key, options, cache, sums } = context;
    if (!options.cache)
        return undefined;
    const vouching = (0,emulators_cache/* vouchingFor */.b)(cpu, sums, expected.file ? [expected.file] : [], expected.archive ? [expected.archive] : []);
    // Debian's builds are pinned: the manifest lists every one, and none is ever trusted by owner.
    if (options.source.kind === 'debian' && vouching.sums.size === 0)
        return undefined;
    const { emulator, problem } = await cache.lookup(cpu, key, vouching);
    if (problem) {
        options.warn(`qemu-${cpu}: ${problem}. The entry was removed and the emulator is fetched again.`);
        await cache.evict(cpu, key);
        return undefined;
    }
    if (!emulator)
        return undefined;
    try {
        await checkHostExecutable(emulator.path, `The cached ${emulator.path}`, options.host);
    }
    catch (error) {
        options.warn(`qemu-${cpu}: ${error.message} The entry was removed and the emulator is fetched again.`);
        await cache.evict(cpu, key);
        return undefined;
    }
    let version;
    try {
        version = await cachedVersion(cpu, emulator.path, context);
    }
    catch (error) {
        options.warn(`qemu-${cpu}: ${(0,errors/* messageOf */.bD)(error)} The entry was removed and the emulator is fetched again.`);
        await cache.evict(cpu, key);
        return undefined;
    }
    options.log(`qemu-${cpu}: from the tool cache, ${emulator.path} (sha256 ${emulator.sha256})`);
    return {
        cpu,
        path: emulator.path,
        version,
        source: key.source,
        sha256: emulator.sha256,
        cacheHit: true,
        dynamic: await isDynamicallyLinked(emulator.path),
    };
}
/** The cached emulators of `cpus` (by CPU), and the CPUs the cache could not serve. */
async function cachedEmulators(cpus, context) {
    const found = new Map();
    for (const cpu of cpus) {
        const cached = await fromCache(cpu, context);
        if (cached)
            found.set(cpu, cached);
    }
    return { found, missing: cpus.filter((cpu) => !found.has(cpu)) };
}
/**
 * Every promise's value, in order; else every failure together: one as it is, several as one
 * EmulatorError naming each. The one way the emulator paths gather failures.
 */
async function allOrFailures(work) {
    const results = await Promise.allSettled(work);
    const failures = results.filter((result) => result.status === 'rejected');
    if (failures.length === 1)
        throw failures[0].reason;
    if (failures.length > 1)
        throw new errors/* EmulatorError */.Ki(failures.map((failure) => (0,errors/* messageOf */.bD)(failure.reason)).join('\n'));
    return results.map((result) => result.value);
}
/** One emulator per CPU, fetched side by side; every failure reported together. */
const eachCpu = (cpus, provide) => allOrFailures(cpus.map(provide));

// EXTERNAL MODULE: ./src/choices/checksums.ts
var choices_checksums = __webpack_require__(6112);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/support/measures.ts
var measures = __webpack_require__(7862);
;// CONCATENATED MODULE: ./src/emulators/download.ts
// HTTP downloads of emulators, packages and checksum files: retries with backoff on network errors
// and 5xx (never on 404), redirects followed here (relative ones resolved, http(s) only, never
// https to http), an idle timeout, a deadline over the whole request and a size cap per file, a progress
// line every few seconds on long transfers, proxies honoured (through @actions/http-client, loaded
// only when something is downloaded). Messages name the URL (without credentials) and the input.






/** Variables that change the limits (for slow links, or larger files of a mirror of one's own). */
const MAX_DOWNLOAD_VARIABLE = 'SETUP_BINFMT_MAX_DOWNLOAD_MB';
const DEADLINE_VARIABLE = 'SETUP_BINFMT_DOWNLOAD_TIMEOUT';
/** A download that failed for good; `status` is the HTTP status when the server answered. */
class DownloadError extends errors/* EmulatorError */.Ki {
    url;
    status;
    constructor(url, status, message) {
        super(message);
        this.url = url;
        this.status = status;
    }
}
class RetryableFailure extends Error {
}
/** A positive number from the environment, or the fallback. */
function limitFrom(variable, fallback) {
    const value = Number(process.env[variable] ?? '');
    return Number.isFinite(value) && value > 0 ? value : fallback;
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;
/** `work`, unless the deadline comes first: then the client's sockets are closed and it fails. */
function beforeDeadline(job, client, work) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            client.dispose();
            reject(new DownloadError(job.url, undefined, job.describe(tookTooLong(job))));
        }, Math.max(0, job.deadline - Date.now()));
        work.then((value) => {
            clearTimeout(timer);
            resolve(value);
        }, (error) => {
            clearTimeout(timer);
            reject(error);
        });
    });
}
const tookTooLong = (job) => `it took longer than ${job.limitMs / 1000} s (${DEADLINE_VARIABLE})`;
/**
 * Where a redirect leads: its Location resolved against the URL that answered (relative ones
 * too); only http(s), never from https down to http.
 */
function redirectTarget(job, from, response) {
    const status = response.message.statusCode ?? 0;
    const location = response.message.headers.location;
    const fail = (problem) => new DownloadError(job.url, status, job.describe(problem));
    if (!location)
        throw fail(`HTTP ${status} without a Location to follow`);
    let next;
    try {
        next = new URL(location, from);
    }
    catch {
        throw fail(`HTTP ${status} to ${(0,errors/* quoted */.TL)((0,secrets/* hideCredentials */.R)(location), 100)}, which is not a URL`);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw fail(`it redirects to a ${next.protocol} URL (${(0,errors/* quoted */.TL)((0,secrets/* hideCredentials */.R)(next.href), 100)}); only http and https are followed`);
    }
    if (new URL(from).protocol === 'https:' && next.protocol === 'http:') {
        throw fail(`it redirects from https to http (${(0,errors/* quoted */.TL)((0,secrets/* hideCredentials */.R)(next.href), 100)}), which is refused`);
    }
    return next.href;
}
/** The response, if it is one to read: a final status is a DownloadError, a passing one retryable. */
async function request(job, client) {
    let url = job.url;
    let response;
    for (let hops = 0;; hops++) {
        try {
            response = await beforeDeadline(job, client, client.get(url));
        }
        catch (error) {
            if (error instanceof DownloadError)
                throw error;
            throw new RetryableFailure((0,errors/* messageOf */.bD)(error));
        }
        if (!REDIRECTS.has(response.message.statusCode ?? 0))
            break;
        response.message.resume();
        if (hops === MAX_REDIRECTS) {
            throw new DownloadError(job.url, response.message.statusCode, job.describe(`more than ${MAX_REDIRECTS} redirects`));
        }
        url = redirectTarget(job, url, response);
    }
    const status = response.message.statusCode ?? 0;
    if (status !== 200) {
        response.message.resume();
        const text = `HTTP ${status}${response.message.statusMessage ? ` ${response.message.statusMessage}` : ''}`;
        if (status >= 500 || status === 408 || status === 429)
            throw new RetryableFailure(text);
        throw new DownloadError(job.url, status, job.describe(text));
    }
    const expected = Number(response.message.headers['content-length'] ?? NaN);
    if (expected > job.maxBytes) {
        response.message.destroy();
        const problem = `the file is ${(0,measures/* mib */.j)(expected)}, more than the ${(0,measures/* mib */.j)(job.maxBytes)} allowed (${MAX_DOWNLOAD_VARIABLE})`;
        throw new DownloadError(job.url, status, job.describe(problem));
    }
    return response;
}
/** Writes the body to the destination, hashing it, within the size cap and the deadline. */
async function receive(job, response) {
    const expected = Number(response.message.headers['content-length'] ?? NaN);
    const started = Date.now();
    let bytes = 0;
    let final;
    const stop = (problem) => {
        final = new DownloadError(job.url, 200, job.describe(problem));
        response.message.destroy(final);
    };
    const timer = setTimeout(() => stop(tookTooLong(job)), Math.max(0, job.deadline - Date.now()));
    const ticker = setInterval(() => {
        const of = Number.isFinite(expected) ? ` of ${(0,measures/* mib */.j)(expected)}` : '';
        const elapsed = Math.round((Date.now() - started) / 1000);
        job.progress?.(`${(0,secrets/* hideCredentials */.R)(job.url)}: ${(0,measures/* mib */.j)(bytes)}${of} after ${elapsed} s`);
    }, job.progressEveryMs);
    const file = (0,external_node_fs_.createWriteStream)(job.destination);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    try {
        for await (const chunk of response.message) {
            bytes += chunk.length;
            hash.update(chunk);
            if (bytes > job.maxBytes) {
                stop(`it sent more than the ${(0,measures/* mib */.j)(job.maxBytes)} allowed (${MAX_DOWNLOAD_VARIABLE})`);
                break;
            }
            if (!file.write(chunk))
                await new Promise((resolve) => file.once('drain', () => resolve()));
        }
    }
    catch (error) {
        if (final)
            throw final;
        throw new RetryableFailure(`the transfer broke off after ${bytes} bytes (${(0,errors/* messageOf */.bD)(error)})`);
    }
    finally {
        clearTimeout(timer);
        clearInterval(ticker);
        await new Promise((resolve) => file.end(() => resolve()));
    }
    if (final)
        throw final;
    if (Number.isFinite(expected) && bytes !== expected) {
        throw new RetryableFailure(`the connection closed after ${bytes} of ${expected} bytes`);
    }
    return { bytes, sha256: hash.digest('hex') };
}
async function attempt(job) {
    const { HttpClient } = await __webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 4942));
    // Redirects are followed here (relative ones too, http(s) only); its own agent, so that the
    // deadline can close every socket it holds.
    const client = new HttpClient('setup-binfmt', [], {
        allowRetries: false,
        allowRedirects: false,
        keepAlive: true,
        socketTimeout: job.idleTimeoutMs,
    });
    try {
        return await receive(job, await request(job, client));
    }
    finally {
        client.dispose();
    }
}
/** The deadline of a download (or an unpack) that starts now, in ms since the epoch. */
const deadlineFromNow = () => Date.now() + limitFrom(DEADLINE_VARIABLE, 600) * 1000;
/** Downloads `url` to `destination`, retrying what may pass; removes a partial file on failure. */
async function downloadFile(url, destination, options = {}) {
    const tries = options.tries ?? 4;
    const firstDelay = options.firstDelayMs ?? 1000;
    const started = Date.now();
    const limitMs = options.deadlineMs ?? limitFrom(DEADLINE_VARIABLE, 600) * 1000;
    const deadline = started + limitMs;
    const from = options.input ? ` (input "${options.input}")` : '';
    const job = {
        url,
        destination,
        idleTimeoutMs: options.idleTimeoutMs ?? 30000,
        maxBytes: options.maxBytes ?? limitFrom(MAX_DOWNLOAD_VARIABLE, 256) * 1048576,
        deadline,
        limitMs,
        describe: (problem) => `Downloading ${(0,secrets/* hideCredentials */.R)(url)}${from} failed: ${problem}.`,
        progressEveryMs: options.progressEveryMs ?? 5000,
        ...(options.progress ? { progress: options.progress } : {}),
    };
    const problems = [];
    for (let attemptNumber = 1; attemptNumber <= tries; attemptNumber++) {
        try {
            const { bytes, sha256 } = await attempt(job);
            return { deadline, bytes, sha256, milliseconds: Date.now() - started, attempts: attemptNumber };
        }
        catch (error) {
            await (0,promises_.rm)(destination, { force: true });
            if (!(error instanceof RetryableFailure))
                throw error;
            problems.push(`try ${attemptNumber}: ${(0,secrets/* hideCredentials */.R)(error.message)}`);
            const delay = firstDelay * 2 ** (attemptNumber - 1);
            if (attemptNumber < tries && Date.now() + delay < deadline)
                await (0,measures/* sleep */.y)(delay);
            else
                break;
        }
    }
    throw new DownloadError(url, undefined, `Downloading ${(0,secrets/* hideCredentials */.R)(url)}${from} failed ${problems.length} times (${problems.join('; ')}).`);
}

// EXTERNAL MODULE: ./src/emulators/unpack.ts
var unpack = __webpack_require__(9156);
;// CONCATENATED MODULE: ./src/emulators/deb.ts
// Takes files out of a Debian package without dpkg (runners of other distributions have none): a
// .deb is an ar archive whose data.tar.* member is read here, within limits (unpack.ts).




const COMPRESSION = {
    'data.tar.xz': 'xz',
    'data.tar.gz': 'gzip',
    'data.tar.zst': 'zstd',
    'data.tar.bz2': 'bzip2',
    'data.tar': 'none',
};
/** The members of an ar archive, read from their 60-byte headers. */
async function arMembers(path) {
    const file = await (0,promises_.open)(path, 'r');
    try {
        const { size: total } = await file.stat();
        const magic = Buffer.alloc(8);
        await file.read(magic, 0, 8, 0);
        if (magic.toString('latin1') !== '!<arch>\n')
            throw new errors/* EmulatorError */.Ki(`${path} is not a Debian package (no ar header).`);
        const members = [];
        const header = Buffer.alloc(60);
        for (let at = 8; at + 60 <= total;) {
            await file.read(header, 0, 60, at);
            const name = header.toString('latin1', 0, 16).trim().replace(/\/$/, '');
            const size = Number(header.toString('latin1', 48, 58).trim());
            if (!Number.isSafeInteger(size) || header.toString('latin1', 58, 60) !== '`\n') {
                throw new errors/* EmulatorError */.Ki(`${path} is not a well-formed Debian package (bad ar header at byte ${at}).`);
            }
            members.push({ name, offset: at + 60, size });
            at += 60 + size + (size % 2);
        }
        return members;
    }
    finally {
        await file.close();
    }
}
/**
 * Extracts the named paths (`./usr/bin/qemu-aarch64`, …) of a .deb into `into`, each under its
 * own name in a directory of its own (`<n>/qemu-aarch64`), within `limits`; stops reading once it
 * has them all.
 */
async function extractDebMembers(deb, paths, into, limits) {
    const data = (await arMembers(deb)).find((member) => COMPRESSION[member.name]);
    if (!data)
        throw new errors/* EmulatorError */.Ki(`${deb} holds no data.tar member: it is not a Debian package.`);
    // Each into a directory of its own, under its own name (which its sums go by).
    await Promise.all(paths.map((_, index) => (0,promises_.mkdir)((0,external_node_path_.join)(into, String(index)), { recursive: true })));
    const wanted = (name) => {
        const index = paths.indexOf(name);
        return index < 0 ? undefined : (0,external_node_path_.join)(String(index), (0,external_node_path_.basename)(name));
    };
    const { members } = await (0,unpack/* extractMembers */.vv)(deb, COMPRESSION[data.name], wanted, into, limits, {
        expected: new Set(paths).size,
        range: { start: data.offset, length: data.size },
    });
    return { members, absent: paths.filter((path) => !members.has(path)) };
}

;// CONCATENATED MODULE: ./src/emulators/sources/apt.ts
// source: apt — the distribution's qemu-user-static through the machine's apt sources
// (`apt-get download`, which checks the archive's signature; never `apt-get install`). One package
// holds every emulator: one download, and only the requested ones are taken out of it.











const APT_PACKAGE = 'qemu-user-static';
/** The version apt would install: what an empty qemu-version means with source: apt. */
async function aptCandidate() {
    let stdout;
    try {
        ({ stdout } = await (0,support_process/* run */.eF)('apt-cache', ['policy', APT_PACKAGE]));
    }
    catch (error) {
        throw new errors/* EmulatorError */.Ki(`source: apt needs apt (Debian or Ubuntu): \`apt-cache policy ${APT_PACKAGE}\` failed (${(0,errors/* messageOf */.bD)(error).split('\n')[0]}).`);
    }
    const candidate = /Candidate:\s*(\S+)/.exec(stdout)?.[1];
    if (!candidate || candidate === '(none)') {
        throw new errors/* EmulatorError */.Ki(`source: apt: no ${APT_PACKAGE} package is available from this machine's apt sources (run apt-get update, or enable the universe component on Ubuntu).`);
    }
    return candidate;
}
/**
 * As root, apt drops its download methods to the `_apt` user; inside a user namespace (a
 * container, or the tests' private binfmt_misc) that user is not mapped and the download dies,
 * so there, and only there, the methods keep running as this (namespaced) root.
 */
async function aptSandboxOptions() {
    if (process.getuid?.() !== 0)
        return [];
    const map = await (0,promises_.readFile)('/proc/self/uid_map', 'utf8').catch(() => '');
    const full = /^\s*0\s+0\s+4294967295\s*$/.test(map.trim());
    return full || map === '' ? [] : ['-o', 'APT::Sandbox::User=root'];
}
/** Downloads the package into `work`; returns its path. */
async function downloadPackage(version, work, context) {
    const started = Date.now();
    try {
        await (0,support_process/* run */.eF)('apt-get', ['download', '-q', ...(await aptSandboxOptions()), `${APT_PACKAGE}=${version}`], work);
    }
    catch (error) {
        throw new errors/* EmulatorError */.Ki(`source: apt: \`apt-get download ${APT_PACKAGE}=${version}\` failed (${(0,support_process/* lastWords */.aN)(error)}).`);
    }
    const deb = (await (0,promises_.readdir)(work)).find((name) => name.endsWith('.deb'));
    if (!deb)
        throw new errors/* EmulatorError */.Ki(`source: apt: apt-get download left no .deb in ${work}.`);
    const path = (0,external_node_path_.join)(work, deb);
    await (0,checksums/* checkFile */.vH)(path, deb, context.sums, 'apt');
    context.options.log(`${APT_PACKAGE} ${version}: downloaded ${deb} (${(0,measures/* mib */.j)((await (0,promises_.stat)(path)).size)} in ${((Date.now() - started) / 1000).toFixed(2)} s)`);
    return path;
}
/**
 * Each CPU's emulator, taken out of the package (the usual name in one pass, the other one if
 * needed): the path it was written to. Nothing says how large the package is: the general limit.
 */
async function extractEmulators(deb, cpus, into) {
    const limits = {
        maxBytes: (0,unpack/* unpackLimit */.kO)(),
        deadline: deadlineFromNow(),
        describe: (0,unpack/* unpackingProblem */.gT)((0,external_node_path_.basename)(deb), 'apt', 'source'),
    };
    const wanted = new Map();
    let remaining = cpus;
    for (const nameOf of [(cpu) => emulatorNames(cpu)[0], (cpu) => emulatorNames(cpu)[1]]) {
        if (remaining.length === 0)
            break;
        const { members } = await extractDebMembers(deb, remaining.map((cpu) => `./usr/bin/${nameOf(cpu)}`), into, limits);
        for (const cpu of remaining) {
            const member = members.get(`./usr/bin/${nameOf(cpu)}`);
            if (member)
                wanted.set(cpu, member.path);
        }
        remaining = remaining.filter((cpu) => !wanted.has(cpu));
    }
    if (remaining.length > 0) {
        throw new errors/* EmulatorError */.Ki(`source: apt: ${deb} holds no emulator for ${remaining.join(', ')} (neither ${remaining.flatMap(emulatorNames).join(' nor ')}).`);
    }
    return wanted;
}
async function aptEmulators(cpus, context) {
    const { found, missing } = await cachedEmulators(cpus, context);
    if (missing.length > 0) {
        const { version } = context.key;
        const work = await (0,scratch/* makeScratchDirectory */.M0)('setup-binfmt-apt-');
        try {
            const deb = await downloadPackage(version, work, context);
            const into = (0,external_node_path_.join)(work, 'root');
            await (0,promises_.mkdir)(into);
            for (const [cpu, path] of await extractEmulators(deb, missing, into)) {
                const checked = await checkEmulatorFile(cpu, path, `${APT_PACKAGE} ${version}`, context, version);
                found.set(cpu, await storeEmulator(cpu, checked, context));
            }
        }
        finally {
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    }
    return cpus.map((cpu) => found.get(cpu));
}
const aptSource = {
    kind: 'apt',
    caches: true,
    async cacheKey({ qemuVersion, host }) {
        return { source: 'apt', version: qemuVersion || (await aptCandidate()), host: host.cpu };
    },
    checkServable: () => undefined,
    shippedSums: () => new Map(),
    // One package holds them all: one download, one failure.
    provide: aptEmulators,
};

// EXTERNAL MODULE: ./src/choices/releases.ts + 1 modules
var releases = __webpack_require__(681);
;// CONCATENATED MODULE: ./src/emulators/sources/url.ts
// Downloads by URL template (a mirror; multiarch.ts uses it for multiarch/qemu-user-static's
// releases): one download per requested CPU, checked, unpacked, checked again, cached.
// The debian source fetches this repository's release assets through the same path.











/** What {version} is in a URL template when qemu-version is empty (multiarch's last release). */
const LEGACY_TEMPLATE_VERSION = '7.2.0-1';
const ARCHIVES = [
    [/\.(tar\.gz|tgz)$/i, 'gzip'],
    [/\.(tar\.xz|txz)$/i, 'xz'],
    [/\.(tar\.bz2|tbz2)$/i, 'bzip2'],
    [/\.(tar\.zst|tzst)$/i, 'zstd'],
    [/\.tar$/i, 'none'],
];
/**
 * Unpacks a downloaded file (or takes it as the binary) and returns the emulator inside it, with
 * its sha256 taken on the way; within the size the manifest expects (else the general limit)
 * and the download's deadline.
 */
async function unpackEmulator(file, cpu, url, work, download, expectedBytes) {
    const archive = ARCHIVES.find(([pattern]) => pattern.test(new URL(url).pathname));
    if (!archive) {
        await (0,promises_.chmod)(file, 0o755);
        return { path: file, sha256: download.sha256 };
    }
    const into = (0,external_node_path_.join)(work, 'unpacked');
    await (0,promises_.mkdir)(into);
    const names = emulatorNames(cpu);
    const limits = {
        maxBytes: (0,unpack/* unpackLimit */.kO)(expectedBytes),
        deadline: download.deadline,
        describe: (0,unpack/* unpackingProblem */.gT)((0,external_node_path_.basename)(file), url, 'source'),
    };
    const { members, files } = await (0,unpack/* extractMembers */.vv)(file, archive[1], (name) => (names.includes((0,external_node_path_.basename)(name)) ? (0,external_node_path_.basename)(name) : undefined), into, limits, { expected: 1 });
    const [member] = members.values();
    if (member)
        return member;
    const listed = files.slice(0, 10);
    throw new errors/* EmulatorError */.Ki(`${url} holds no ${names.join(' or ')} (it holds ${listed.length > 0 ? listed.join(', ') : 'no files'}${files.length > 10 ? ', …' : ''}).`);
}
function expandTemplate(template, cpu, version, host) {
    return template.replaceAll('{cpu}', cpu).replaceAll('{version}', version).replaceAll('{host}', host);
}
const templateNotFound = (cpu, version, url) => `There is no qemu-${cpu} emulator for version ${version} at ${url} (HTTP 404): check the template, qemu-version and what the mirror holds.`;
/** Downloads one emulator from `url`, checks it, and keeps it in the cache. */
async function fetchEmulator(cpu, url, context, download = {}, version, expectedBytes) {
    const work = await (0,scratch/* makeScratchDirectory */.M0)(`setup-binfmt-${cpu}-`);
    try {
        const name = (0,external_node_path_.basename)(new URL(url).pathname) || `qemu-${cpu}`;
        const file = (0,external_node_path_.join)(work, name);
        const result = await downloadFile(url, file, { input: 'source', progress: context.options.log, ...download });
        context.options.log(`qemu-${cpu}: downloaded ${url} (${(0,measures/* mib */.j)(result.bytes)} in ${(result.milliseconds / 1000).toFixed(2)} s${result.attempts > 1 ? `, ${result.attempts} tries` : ''})`);
        await (0,checksums/* checkFile */.vH)(file, name, context.sums, url, result.sha256);
        const binary = await unpackEmulator(file, cpu, url, work, result, expectedBytes);
        const checked = await checkEmulatorFile(cpu, binary.path, url, context, version, binary.sha256);
        return await storeEmulator(cpu, checked, context, url);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/**
 * An emulator by URL template: from the cache, else downloaded. A manifest release (`release`) is
 * mirrored under its tag (`qemu-v{version}`): {version} is then the tag's form of it, the
 * characters GitHub serves as written, as in the release this mirrors.
 */
async function templateEmulator(cpu, template, context, notFound = templateNotFound, release) {
    const { version, host } = context.key;
    const url = expandTemplate(template, (0,targets/* emulatorCpu */.gT)(cpu), release ? release.tag.replace(/^qemu-v/, '') : version, host);
    // A cached emulator is checked by the sums listed for what this URL downloads, too.
    const file = (0,external_node_path_.basename)(new URL(url).pathname) || `qemu-${cpu}`;
    const archive = ARCHIVES.some(([pattern]) => pattern.test(new URL(url).pathname));
    const cached = await fromCache(cpu, context, archive ? { archive: file } : { file });
    if (cached)
        return cached;
    try {
        return await fetchEmulator(cpu, url, context);
    }
    catch (error) {
        if (error instanceof DownloadError && error.status === 404)
            throw new errors/* EmulatorError */.Ki(notFound(cpu, version, url));
        throw error;
    }
}
/**
 * `source: <a URL template>`: a mirror. Its {version} is given, or 7.2.0-1 when empty (as it always
 * was); a version that names a manifest release is that release's, and its files get the
 * manifest's sums (a mirror of the release assets).
 */
const urlSource = {
    kind: 'url',
    caches: true,
    async cacheKey({ source, qemuVersion, release, host }) {
        return {
            source: source.template,
            version: release?.id ?? (qemuVersion || LEGACY_TEMPLATE_VERSION),
            host: host.cpu,
        };
    },
    checkServable: () => undefined,
    shippedSums: ({ release, host }) => (release ? (0,releases/* manifestSums */.Os)(release, host.cpu) : new Map()),
    provide: (cpus, context) => eachCpu(cpus, (cpu) => templateEmulator(cpu, context.options.source.template, context, templateNotFound, context.options.release)),
};

;// CONCATENATED MODULE: ./src/emulators/sources/debian.ts
// source: debian (the default) — Debian's security-maintained, static QEMU builds, pinned by the
// manifest. Each requested emulator comes from this repository's `qemu-v<id>` release (the runner
// names the repository the action runs from); where that release cannot serve it (a fork, no
// release yet, no way to reach it), from the pinned .deb in the Debian archive, or from
// snapshot.debian.org once a point release has dropped it. Every file is checked against the
// manifest's sums, whichever way it came.













/** Where the Debian archive and its snapshots are (mirrors may be named for air-gapped runners). */
const DEBIAN_MIRROR_VARIABLE = 'SETUP_BINFMT_DEBIAN_MIRROR';
const SNAPSHOT_MIRROR_VARIABLE = 'SETUP_BINFMT_SNAPSHOT_MIRROR';
const DEFAULT_DEBIAN_MIRROR = 'https://deb.debian.org';
const DEFAULT_SNAPSHOT_MIRROR = 'https://snapshot.debian.org';
function mirror(variable, fallback) {
    const value = (process.env[variable] ?? '').trim() || fallback;
    if (!/^https?:\/\/[^\s]+$/i.test(value)) {
        throw new errors/* EmulatorError */.Ki(`${variable} must be an http(s) URL, not ${JSON.stringify(value.slice(0, 100))}.`);
    }
    return value.replace(/\/+$/, '');
}
/** The URLs the .deb of a release is at: the archive, then the snapshot of it. */
function debUrls(release, host) {
    const archive = mirror(DEBIAN_MIRROR_VARIABLE, DEFAULT_DEBIAN_MIRROR);
    const snapshot = mirror(SNAPSHOT_MIRROR_VARIABLE, DEFAULT_SNAPSHOT_MIRROR);
    return [
        `${archive}/${release.archive}/${host.deb.path}`,
        `${snapshot}/archive/${release.archive}/${release.snapshot}/${host.deb.path}`,
    ];
}
/** Where the release assets of the repository the action runs from are, if the runner names it. */
function releaseDownloadBase() {
    const repository = process.env.GITHUB_ACTION_REPOSITORY || process.env.GITHUB_REPOSITORY || '';
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
        return undefined;
    const server = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return /^https?:\/\/[^\s]+$/i.test(server) ? `${server}/${repository}/releases/download` : undefined;
}
/**
 * The URL of a release asset: tags and asset names keep to `[A-Za-z0-9._-]`, which GitHub serves
 * as written (it rewrites `+` in asset names and needs it escaped in tag paths).
 */
const releaseAssetUrl = (base, release, host, cpu) => `${base}/${release.tag}/${(0,releases/* manifestFile */.YE)(release, host, cpu).asset}`;
/** Tries the release assets; returns the CPUs it could not serve. */
async function fromReleaseAssets(cpus, release, context, found) {
    const base = releaseDownloadBase();
    if (!base) {
        context.options.log(`No repository is named by the runner (GITHUB_ACTION_REPOSITORY): taking the emulators from Debian's package.`);
        return [...cpus];
    }
    const { host } = context.key;
    const results = await Promise.allSettled(cpus.map((cpu) => fetchEmulator(cpu, releaseAssetUrl(base, release, host, cpu), context, { tries: 1, idleTimeoutMs: 10000 }, release.id, (0,releases/* manifestFile */.YE)(release, host, cpu).binarySize)));
    const rest = [];
    results.forEach((result, index) => {
        const cpu = cpus[index];
        if (result.status === 'fulfilled') {
            found.set(cpu, result.value);
            return;
        }
        rest.push(cpu);
        const why = (0,errors/* messageOf */.bD)(result.reason);
        // A file that arrived but is not the one the manifest names deserves more than a note.
        if (result.reason instanceof DownloadError)
            context.options.log(`qemu-${cpu}: not from the release (${why})`);
        else
            context.options.warn(`qemu-${cpu}: the release's file was refused (${why})`);
    });
    if (rest.length > 0) {
        context.options.log(`Taking ${rest.map((cpu) => `qemu-${cpu}`).join(', ')} from Debian's package instead.`);
    }
    return rest;
}
/** Downloads the pinned .deb (archive, then snapshot) and checks it; returns its path and URL. */
async function downloadDeb(release, host, work, context) {
    const name = (0,external_node_path_.basename)(host.deb.path);
    const path = (0,external_node_path_.join)(work, name);
    const problems = [];
    for (const url of debUrls(release, host)) {
        try {
            const result = await downloadFile(url, path, { input: 'source', progress: context.options.log });
            context.options.log(`${release.package} ${release.id}: downloaded ${url} (${(0,measures/* mib */.j)(result.bytes)} in ${(result.milliseconds / 1000).toFixed(2)} s)`);
            await (0,checksums/* checkFile */.vH)(path, name, new Map([[name, host.deb.sha256]]), url);
            return { path, url, deadline: result.deadline };
        }
        catch (error) {
            if (!(error instanceof DownloadError && error.status === 404))
                throw error;
            problems.push(`${url}: HTTP 404`);
        }
    }
    throw new errors/* EmulatorError */.Ki(`${release.package} ${release.id} for ${host.arch} is neither in this repository's release ${release.tag} nor in the Debian archive or its snapshots (${problems.join('; ')}). Pick another qemu-version or source.`);
}
/** Takes the requested emulators out of the pinned .deb. */
async function fromDebianPackage(cpus, release, context) {
    const host = release.hosts[context.key.host];
    const work = await (0,scratch/* makeScratchDirectory */.M0)('setup-binfmt-deb-');
    try {
        const deb = await downloadDeb(release, host, work, context);
        const into = (0,external_node_path_.join)(work, 'root');
        await (0,promises_.mkdir)(into);
        const members = [...new Set(cpus.map((cpu) => (0,releases/* manifestFile */.YE)(release, context.key.host, cpu).member))];
        // The package holds every emulator of this host (and documentation): no more than that.
        const expected = Object.values(host.files).reduce((sum, file) => sum + file.binarySize, 64 << 20);
        const limits = {
            maxBytes: (0,unpack/* unpackLimit */.kO)(expected),
            deadline: deb.deadline,
            describe: (0,unpack/* unpackingProblem */.gT)((0,external_node_path_.basename)(deb.path), deb.url, 'source'),
        };
        const { members: taken, absent } = await extractDebMembers(deb.path, members, into, limits);
        if (absent.length > 0)
            throw new errors/* EmulatorError */.Ki(`${deb.url} does not hold ${absent.join(', ')}, which the manifest lists.`);
        const emulators = [];
        for (const cpu of cpus) {
            // Named as every other source names it, which is also the name its manifest sum goes by.
            const binary = (0,external_node_path_.join)(work, cpu, `qemu-${(0,targets/* emulatorCpu */.gT)(cpu)}-static`);
            await (0,promises_.mkdir)((0,external_node_path_.join)(work, cpu));
            await (0,promises_.copyFile)(taken.get((0,releases/* manifestFile */.YE)(release, context.key.host, cpu).member).path, binary);
            const checked = await checkEmulatorFile(cpu, binary, deb.url, context, release.id);
            emulators.push(await storeEmulator(cpu, checked, context, deb.url));
        }
        return emulators;
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function debianEmulators(cpus, release, context) {
    const { found, missing } = await cachedEmulators(cpus, context);
    if (missing.length > 0) {
        const rest = await fromReleaseAssets(missing, release, context, found);
        if (rest.length > 0) {
            const more = release.patched
                ? await unpatchedInstead(rest, release, release.patched, context)
                : await fromDebianPackage(rest, release, context);
            more.forEach((emulator) => found.set(emulator.cpu, emulator));
        }
    }
    return cpus.map((cpu) => found.get(cpu));
}
/** Where a Debian release's emulators (or one of our builds') are cached, and reported as. */
function releaseKey(release, host) {
    return { source: 'debian', version: release.id, host };
}
/** Debian's unpatched build of the source one of this project's builds was made from, if any. */
function unpatchedOf(release) {
    const debian = release.patched ? (0,releases/* findRelease */.dv)(release.patched.from) : undefined;
    return debian && !debian.patched ? debian : undefined;
}
/**
 * Where this project's patched build cannot be fetched (a mirror, an air-gapped runner, no
 * release): Debian's own build of the same source, which is correct, but slower; the log says how
 * much. Kept in the cache under Debian's release, checked by its sums.
 */
async function unpatchedInstead(cpus, build, patched, context) {
    const debian = unpatchedOf(build);
    if (!debian) {
        throw new errors/* EmulatorError */.Ki(`${build.id} names ${patched.from} as its source's Debian build, which the manifest lacks.`);
    }
    // Debian's release as any other: its own cache entry and sums, then its assets, then its .deb;
    // a sum the user gave still holds (one for the build's bytes refuses Debian's).
    const host = context.key.host;
    let sums;
    try {
        sums = (0,checksums/* mergeChecksums */.Dd)((0,releases/* manifestSums */.Os)(debian, host), context.given ?? new Map());
    }
    catch (error) {
        throw new errors/* EmulatorError */.Ki(`${cpus.map((cpu) => `qemu-${cpu}`).join(', ')}: this action's build ${build.id} could not be fetched, and Debian's unpatched build of the same source, which would serve instead, is not what the checksums input pins (${(0,errors/* messageOf */.bD)(error)}).`);
    }
    context.options.warn(`${cpus.map((cpu) => `qemu-${cpu}`).join(', ')}: this action's build ${build.id} (${patched.summary}) could not be fetched: taking Debian's unpatched build of the same source, QEMU ${debian.id}, which runs the same programs correctly but ${patched.unpatchedCost}.`);
    return debianEmulators(cpus, debian, { ...context, key: releaseKey(debian, host), sums });
}
const debianSource = {
    kind: 'debian',
    caches: true,
    async cacheKey({ release, host }) {
        return releaseKey(release, host.cpu);
    },
    fallbackKey({ release, host }) {
        const debian = unpatchedOf(release);
        return debian && releaseKey(debian, host.cpu);
    },
    checkServable(cpus, { release, host }) {
        if (!release.hosts[host.cpu]) {
            throw new errors/* EmulatorError */.Ki(`Debian builds QEMU ${release.id} for ${Object.keys(release.hosts).join(', ')} hosts, and this machine is ${host.cpu}: use source: apt (the distribution's qemu-user-static), host (emulators already installed), or a URL template pointing at builds for ${host.cpu}.`);
        }
        const missing = cpus.filter((cpu) => !(0,releases/* manifestFile */.YE)(release, host.cpu, cpu));
        if (missing.length > 0) {
            throw new errors/* EmulatorError */.Ki(`QEMU ${release.id} from Debian has no emulator for ${missing.join(', ')}; pick another qemu-version or source.`);
        }
    },
    shippedSums: ({ release, host }) => (0,releases/* manifestSums */.Os)(release, host.cpu),
    provide: (cpus, context) => debianEmulators(cpus, context.options.release, context),
};

;// CONCATENATED MODULE: ./src/emulators/sources/host.ts
// source: host — emulators already on the machine: in qemu-path first, then on PATH. Whatever is
// found must be an ELF executable for this host before anything runs it.






/**
 * Whether `path` is an emulator to take: false where nothing is there; an error naming it where
 * something is there that must not be registered (a FIFO, directory or device, a setuid or setgid
 * file, a file that cannot be executed), never a quiet step to the next directory.
 */
async function isEmulatorFile(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        return false;
    const kind = info.isFile()
        ? undefined
        : info.isDirectory()
            ? 'a directory'
            : info.isFIFO()
                ? 'a FIFO'
                : info.isCharacterDevice() || info.isBlockDevice()
                    ? 'a device'
                    : 'not a regular file';
    if (kind)
        throw new errors/* EmulatorError */.Ki(`${path} is ${kind}, not an emulator: remove it or point qemu-path elsewhere.`);
    if ((info.mode & 0o6000) !== 0) {
        throw new errors/* EmulatorError */.Ki(`${path} is set${(info.mode & 0o4000) !== 0 ? 'uid' : 'gid'} (mode ${(info.mode & 0o7777).toString(8)}): an emulator runs every foreign program and must not carry its owner's rights. Refusing it.`);
    }
    try {
        await (0,promises_.access)(path, external_node_fs_.constants.X_OK);
    }
    catch {
        throw new errors/* EmulatorError */.Ki(`${path} is not executable (mode ${(info.mode & 0o7777).toString(8)}).`);
    }
    return true;
}
/** qemu-path must be a directory: anything else is an error naming it, never a quiet step to PATH. */
async function checkQemuPath(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (info?.isDirectory())
        return;
    throw new errors/* EmulatorError */.Ki(`qemu-path is ${path}, which ${info ? 'is not a directory' : 'does not exist'}: point it at the directory that holds qemu-<cpu>-static.`);
}
async function findHostEmulator(cpu, options, sums) {
    if (options.qemuPath)
        await checkQemuPath(options.qemuPath);
    const searchPath = process.env.PATH ?? '';
    const directories = [
        ...(options.qemuPath ? [options.qemuPath] : []),
        ...searchPath.split(external_node_path_.delimiter).filter((dir) => dir !== ''),
    ];
    for (const directory of directories) {
        for (const name of emulatorNames(cpu)) {
            const candidate = (0,external_node_path_.join)(directory, name);
            if (!(await isEmulatorFile(candidate)))
                continue;
            const path = await (0,promises_.realpath)(candidate);
            await checkHostExecutable(path, candidate === path ? path : `${candidate} (${path})`, options.host);
            const [version, dynamic, sha256] = await Promise.all([
                emulatorVersion(cpu, path),
                isDynamicallyLinked(path),
                (0,checksums/* checkFile */.vH)(path, name, sums, path),
            ]);
            return { cpu, path, version, source: 'host', sha256, cacheHit: false, dynamic };
        }
    }
    const where = options.qemuPath ? `${options.qemuPath} or on PATH` : 'on PATH';
    throw new errors/* EmulatorError */.Ki(`No emulator for ${cpu}: neither ${emulatorNames(cpu).join(' nor ')} is ${where}. Install Debian's or Ubuntu's qemu-user-static, point qemu-path at a directory that holds it, or use source: debian (the default) or apt.`);
}
const hostSource = {
    kind: 'host',
    // Not cached: they are on the machine already (the key names what they are, for the log).
    caches: false,
    cacheKey: async ({ host }) => ({ source: 'host', version: 'installed', host: host.cpu }),
    checkServable: () => undefined,
    shippedSums: () => new Map(),
    provide: (cpus, context) => eachCpu(cpus, (cpu) => findHostEmulator(cpu, context.options, context.sums)),
};

;// CONCATENATED MODULE: ./src/emulators/sources/multiarch.ts
// source: multiarch — multiarch/qemu-user-static's releases (QEMU 7.2.0 of January 2023 is its
// last), x86_64 hosts only, through the URL template path; two of its files have published sums.



/** Where multiarch/qemu-user-static publishes its per-CPU release tarballs. */
const MULTIARCH_TEMPLATE = 'https://github.com/multiarch/qemu-user-static/releases/download/v{version}/{host}_qemu-{cpu}-static.tar.gz';
/** multiarch/qemu-user-static's last release (January 2023). */
const MULTIARCH_VERSION = '7.2.0-1';
/**
 * Sums published for multiarch/qemu-user-static, checked even when the user gives none:
 * v7.2.0-1, two of the extracted x86_64-host emulators (it published no others).
 */
const MULTIARCH_CHECKSUMS = {
    '7.2.0-1': {
        'qemu-aarch64-static': 'dce64b2dc6b005485c7aa735a7ea39cb0006bf7e5badc28b324b2cd0c73d883f',
        'qemu-arm-static': '9f07762a3cd0f8a199cb5471a92402a4765f8e2fcb7fe91a87ee75da9616a806',
    },
};
const notFound = (cpu, version, url) => `There is no qemu-${cpu} emulator for version ${version} at ${url} (HTTP 404): multiarch publishes releases such as ${MULTIARCH_VERSION} (its last) and 7.0.0-7; check qemu-version, or use source: debian.`;
const multiarchSource = {
    kind: 'multiarch',
    caches: true,
    async cacheKey({ qemuVersion, host }) {
        return { source: 'multiarch', version: qemuVersion || MULTIARCH_VERSION, host: host.cpu };
    },
    checkServable(_, { host }) {
        if (host.cpu === 'x86_64')
            return;
        throw new errors/* EmulatorError */.Ki(`multiarch/qemu-user-static publishes emulators for x86_64 hosts only, and this machine is ${host.cpu}: use source: debian (the default), apt (the distribution's qemu-user-static), host, or a URL template pointing at a mirror of ${host.cpu} builds.`);
    },
    shippedSums: ({ qemuVersion }) => new Map(Object.entries(MULTIARCH_CHECKSUMS[qemuVersion || MULTIARCH_VERSION] ?? {})),
    provide: (cpus, context) => eachCpu(cpus, (cpu) => templateEmulator(cpu, MULTIARCH_TEMPLATE, context, notFound)),
};

;// CONCATENATED MODULE: ./src/emulators/index.ts
// Emulators for the requested CPUs, from the source the options name: picks the provider by its
// kind from the registry (each keeps the contract of source.ts), fixes the cache key and gathers
// the sums to check — the ones the provider ships and the user's.












/** The providers, one per source the choices list (choices/sources.ts): a new source adds one line. */
const PROVIDERS = {
    debian: debianSource,
    multiarch: multiarchSource,
    url: urlSource,
    apt: aptSource,
    host: hostSource,
};
/** The provider of the options' kind, with the options as its own kind's. */
function providerOf(options) {
    return PROVIDERS[options.source.kind];
}
/** The sums the user gave: the checksums input's lines, or the file at its URL. */
async function givenChecksums(options) {
    if (options.checksums.kind === 'list')
        return options.checksums.table;
    if (options.checksums.kind !== 'url')
        return new Map();
    const work = await (0,scratch/* makeScratchDirectory */.M0)('setup-binfmt-sums-');
    try {
        await downloadFile(options.checksums.url, (0,external_node_path_.join)(work, 'sums'), { input: 'checksums', progress: options.log });
        return (0,choices_checksums/* parseChecksums */.y)(await (0,promises_.readFile)((0,external_node_path_.join)(work, 'sums'), 'utf8'), options.checksums.url);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/**
 * The cache key of the options' source, the key of what it serves where its own emulators cannot
 * be fetched (if it has a fallback), and whether it keeps emulators in the cache at all.
 */
async function cacheKeyOf(options) {
    const provider = providerOf(options);
    const fallback = provider.fallbackKey?.(options);
    return { key: await provider.cacheKey(options), ...(fallback && { fallback }), caches: provider.caches };
}
/** Provides a checked emulator for every cpu; reports every failure together. */
async function emulatorsOf(cpus, options, key) {
    if (cpus.length === 0)
        return new Map();
    const provider = providerOf(options);
    provider.checkServable(cpus, options);
    const given = await givenChecksums(options);
    const sums = (0,checksums/* mergeChecksums */.Dd)(provider.shippedSums(options), given);
    const emulators = await provider.provide(cpus, { options, key, sums, given, cache: new emulators_cache/* EmulatorCache */.g() });
    return new Map(emulators.map((emulator) => [emulator.cpu, emulator]));
}

;// CONCATENATED MODULE: ./src/emulators/versions.ts


/**
 * The version each CPU is taken at, grouped: its own item, else the one for every platform; left
 * open with source: debian, the suite's choice for the CPU where it differs from the default.
 */
function groupByVersion(choice, cpus, host) {
    const general = (0,releases/* findRelease */.dv)('', releases/* QEMU_MANIFEST */.dd, host.cpu);
    const open = (cpu) => {
        if (choice.source.kind !== 'debian')
            return '';
        const chosen = (0,releases/* defaultReleaseFor */.Yo)(cpu, host.cpu);
        return chosen && chosen !== general ? chosen.id : '';
    };
    const groups = new Map();
    for (const cpu of cpus) {
        const version = choice.qemuVersions.get(cpu) ?? (choice.qemuVersion || open(cpu));
        groups.set(version, [...(groups.get(version) ?? []), cpu]);
    }
    return groups;
}
/** The manifest release a debian group takes (the default one for this host where none is given). */
function debianRelease(qemuVersion, host, { log }) {
    const release = (0,releases/* findRelease */.dv)(qemuVersion, releases/* QEMU_MANIFEST */.dd, host.cpu);
    // Settings refuse versions the manifest does not know: this is a manifest without releases.
    if (!release)
        throw new errors/* EmulatorError */.Ki(`The manifest has no QEMU release ${qemuVersion || '(the default)'}.`);
    if (!qemuVersion && release.id !== releases/* QEMU_MANIFEST */.dd.default) {
        log(`QEMU ${releases/* QEMU_MANIFEST */.dd.default} (the default) is not built for ${host.cpu} hosts: taking ${release.id}, the newest release that is.`);
    }
    return release;
}
/** The options of one group, resolved. */
function optionsFor(choice, qemuVersion, host, logs) {
    const common = {
        qemuVersion,
        qemuPath: choice.qemuPath,
        checksums: choice.checksums,
        cache: choice.cache,
        host,
        ...logs,
    };
    const { source } = choice;
    switch (source.kind) {
        case 'debian':
            return { ...common, source, release: debianRelease(qemuVersion, host, logs) };
        case 'url': {
            const release = qemuVersion !== '' && source.template.includes('{version}') ? (0,releases/* findRelease */.dv)(qemuVersion) : undefined;
            return { ...common, source, ...(release ? { release } : {}) };
        }
        case 'multiarch':
            return { ...common, source };
        case 'apt':
            return { ...common, source };
        case 'host':
            return { ...common, source };
    }
}
/** The run's emulator groups for `cpus` on this host, each resolved once. */
function resolveVersions(choice, cpus, host, logs) {
    return [...groupByVersion(choice, cpus, host)].map(([qemuVersion, group]) => ({
        cpus: group,
        options: optionsFor(choice, qemuVersion, host, logs),
    }));
}

// EXTERNAL MODULE: ./src/probe/verify.ts
var verify = __webpack_require__(7649);
// EXTERNAL MODULE: ./src/registration/safety.ts
var safety = __webpack_require__(9571);
;// CONCATENATED MODULE: ./src/uses/emulators.ts
// One path from requested platforms to checked emulators, for install (install.ts) and export
// (export.ts): which requested CPUs this machine runs natively (a probe decides), and an emulator
// for each of the others, one group per qemu-version (`10.0, arm64=11.1` makes two).








/**
 * The requested CPUs this machine runs natively (by what their probe printed), each request
 * logged with what follows for it (`natively`: what install or export does then).
 */
async function detectNative(requests, host, readEntries, workspace, logger, natively) {
    const found = await (0,verify/* nativeTargets */.We)(requests.map((request) => request.target), host, readEntries, workspace);
    for (const request of requests) {
        const printed = found.get(request.target.cpu);
        logger.info(`${(0,targets/* displayName */.QC)(request)}: ${printed !== undefined ? `runs natively (uname -m: ${printed}), ${natively}` : 'needs emulation'}`);
    }
    return found;
}
/**
 * The emulators of the CPUs one qemu-version serves, and their Actions cache plan: the entries of
 * the source's key, or of its fallback's where its own did not all come back (this project's
 * build, which may serve Debian's unpatched build instead); saved under the key whose entries the
 * emulators are in, with the paths its restore asked for (@actions/cache matches on both).
 */
async function groupEmulators({ cpus, options: emulatorOptions }, options) {
    const { key, fallback, caches } = await cacheKeyOf(emulatorOptions);
    const restore = caches && emulatorOptions.cache ? options.restoreJobCache : undefined;
    const plans = [];
    const own = await restore?.(key, cpus);
    if (own)
        plans.push(own.plan);
    if (own && fallback && own.restored < cpus.length) {
        const instead = await restore?.(fallback, cpus);
        if (instead)
            plans.push(instead.plan);
    }
    const emulators = await emulatorsOf(cpus, emulatorOptions, key);
    // Nothing to save where everything came from the cache.
    const downloaded = [...emulators.values()].some((emulator) => !emulator.cacheHit);
    const holds = (plan) => [...emulators.values()].every((emulator) => plan.paths.some((directory) => emulator.path.startsWith(`${directory}/`)));
    const plan = downloaded ? plans.find(holds) : undefined;
    return { emulators, ...(plan ? { jobCaches: [plan] } : {}) };
}
function logEmulator(emulator, logger) {
    logger.info(`qemu-${emulator.cpu}: ${emulator.path} (version ${emulator.version}, from ${emulator.source}${emulator.cacheHit ? ', cached' : ''}, sha256 ${emulator.sha256})`);
    if (emulator.dynamic) {
        logger.warning(`${emulator.path} is dynamically linked: it runs ${emulator.cpu} programs on this machine, but not inside containers or chroots, which lack its libraries. Prefer qemu-${emulator.cpu}-static.`);
    }
}
/** A checked emulator for every CPU, by CPU; every group's failure reported together. */
async function emulatorsFor(settings, cpus, host, logger, options) {
    if (cpus.length === 0)
        return { emulators: new Map() };
    if (!host) {
        throw new errors/* EmulatorError */.Ki(`This machine (${(0,external_node_os_.machine)()}) is not one qemu's targets know, so no emulator can be chosen for it.`);
    }
    const groups = resolveVersions(settings, cpus, host, {
        log: (message) => logger.info(message),
        warn: (message) => logger.warning(message),
    });
    const found = await allOrFailures(groups.map((group) => groupEmulators(group, options)));
    const emulators = new Map(cpus.map((cpu) => [cpu, found.find((group) => group.emulators.has(cpu)).emulators.get(cpu)]));
    for (const emulator of emulators.values())
        logEmulator(emulator, logger);
    if (options.privateCopies) {
        // What is registered is what was checked: files others could replace are copied first.
        for (const [cpu, emulator] of emulators) {
            emulators.set(cpu, await (0,safety/* registrableEmulator */.mm)(emulator, (message) => logger.info(message)));
        }
    }
    const jobCaches = found.flatMap((group) => group.jobCaches ?? []);
    return { emulators, ...(jobCaches.length > 0 ? { jobCaches } : {}) };
}


/***/ }),

/***/ 6044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ setupBinfmt)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/support/errors.ts
var errors = __webpack_require__(7700);
;// CONCATENATED MODULE: ./src/binfmt/compat.ts
// What the running kernel supports of the flags asked for, decided from its release. Pure.
//
// The rule (documented in the README):
// - F needs Linux 4.8: older kernels refuse the whole line ("Invalid argument"), and without F
//   the registrations do not work in containers or chroots. Asking for F there fails, saying to
//   choose flags without F if that is acceptable; nothing is dropped silently.
// - P is accepted by older kernels, but qemu learns that argv[0] is preserved only from the
//   AT_FLAGS_PRESERVE_ARGV0 bit Linux sets since 5.12; before that qemu would shift every
//   program's arguments. P is dropped there, with a warning.

function parseKernelRelease(release) {
    const match = /^(\d+)\.(\d+)/.exec(release);
    return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}
const atLeast = (version, major, minor) => version.major > major || (version.major === major && version.minor >= minor);
/** The flags to register on a kernel of this release (unknown releases are trusted). */
function flagsForKernel(flags, release) {
    const version = parseKernelRelease(release);
    if (!version)
        return { flags, warnings: [] };
    if (flags.includes('F') && !atLeast(version, 4, 8)) {
        throw new errors/* InputError */.dz('flags', flags, `flag F needs Linux 4.8 or later and this kernel is ${release}: it would refuse the registration ("Invalid argument"). Without F the emulators do not work inside containers or chroots (they fail with "no such file or directory"); if that is acceptable, set flags without F, e.g. "${flags.replace('F', '') || 'none'}"`);
    }
    if (flags.includes('P') && !atLeast(version, 5, 12)) {
        return {
            flags: flags.replace('P', ''),
            warnings: [
                `Dropped flag P: this kernel (${release}) is older than 5.12 and does not tell the emulator that argv[0] is preserved, so qemu would shift every program's arguments.`,
            ],
        };
    }
    return { flags, warnings: [] };
}

// EXTERNAL MODULE: ./src/binfmt/entry.ts
var binfmt_entry = __webpack_require__(8488);
// EXTERNAL MODULE: ./src/binfmt/kernel.ts
var binfmt_kernel = __webpack_require__(903);
// EXTERNAL MODULE: ./src/emulators/cache.ts
var cache = __webpack_require__(5878);
// EXTERNAL MODULE: ./src/registration/plan.ts
var registration_plan = __webpack_require__(3270);
// EXTERNAL MODULE: ./src/probe/elf.ts
var elf = __webpack_require__(691);
// EXTERNAL MODULE: ./src/probe/verify.ts
var verify = __webpack_require__(7649);
// EXTERNAL MODULE: ./src/registration/ledger.ts
var registration_ledger = __webpack_require__(4364);
// EXTERNAL MODULE: ./src/registration/apply.ts
var apply = __webpack_require__(7713);
// EXTERNAL MODULE: ./src/registration/undo.ts
var undo = __webpack_require__(8019);
// EXTERNAL MODULE: ./src/registration/undo-report.ts
var undo_report = __webpack_require__(3170);
// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(665);
// EXTERNAL MODULE: ./src/registration/safety.ts
var safety = __webpack_require__(9571);
// EXTERNAL MODULE: ./src/uses/emulators.ts + 10 modules
var emulators = __webpack_require__(8312);
// EXTERNAL MODULE: ./src/targets.ts
var targets = __webpack_require__(8993);
// EXTERNAL MODULE: ./src/support/measures.ts
var measures = __webpack_require__(7862);
;// CONCATENATED MODULE: ./src/uses/install.ts
// The stages in order (docs/ARCHITECTURE.md), shared by the action (main.ts) and the command line: each
// stage gets plain data and returns plain data; only the edges (inputs, outputs, logging) differ.



















const STATUS_OF = {
    keep: 'kept',
    enable: 'enabled',
    register: 'registered',
    replace: 'replaced',
    'keep-existing': 'kept-existing',
};
async function setupBinfmt(settings, logger, options = {}) {
    const kernel = options.kernel ?? new binfmt_kernel/* BinfmtKernel */.uK();
    const changes = [];
    const publish = () => {
        const ledger = runRecord.coordination.ledger;
        options.onState?.({
            root: kernel.root,
            run: runRecord.coordination.run,
            changes: [...changes],
            ...(ledger ? { runDirectory: ledger.directory } : {}),
        });
    };
    const runRecord = {
        coordination: { run: options.run ?? (0,external_node_crypto_.randomUUID)() },
        record: (change) => {
            changes.push(change);
            publish();
        },
        async coordinate(mountedNow) {
            const { ledger, problem } = await registration_ledger/* Ledger */.Oc.open(kernel.root);
            if (problem) {
                logger.warning(`Runs overlapping on this machine cannot be coordinated (${problem}): this run's cleanup undoes its own changes only.`);
            }
            this.coordination = { ...this.coordination, ...(ledger ? { ledger } : {}) };
            await (0,apply/* recordMount */.Tf)(this.coordination, mountedNow);
            publish();
        },
    };
    const workspace = await verify/* ProbeWorkspace */.OT.create();
    const host = (0,targets/* hostTarget */.az)((0,external_node_os_.machine)(), (0,external_node_os_.endianness)());
    try {
        const context = { settings, logger, kernel, workspace, runRecord, options, host };
        return { ...(await runStages(context)), changes };
    }
    catch (error) {
        const undone = await (0,undo/* undoRun */.u)(kernel, changes, runRecord.coordination, host);
        if (changes.length > 0) {
            const count = (0,undo_report/* changeCount */.YR)(changes);
            changes.length = 0;
            publish();
            throw Object.assign(error instanceof Error ? error : new Error(String(error)), {
                message: `${(0,errors/* messageOf */.bD)(error)}\nUndoing this run's changes: ${(0,undo_report/* describeUndo */.WJ)(undone, count)}`,
            });
        }
        throw error;
    }
    finally {
        await workspace.dispose();
    }
}
/** Verifies a target, trying again briefly when a concurrent run has its entry away for a moment. */
async function verifySettled(target, workspace) {
    let result = await (0,verify/* verifyTarget */.ft)(target, workspace);
    for (let attempt = 1; attempt < 4 && !result.ok && /Exec format error/.test(result.summary); attempt++) {
        await (0,measures/* sleep */.y)(100 * attempt);
        result = await (0,verify/* verifyTarget */.ft)(target, workspace);
    }
    return result;
}
/** Enabled entries of other names that match the same binaries as the target's probe. */
function otherMatchingEntries(target, entries) {
    const name = (0,registration_plan/* entryName */.MB)(target.cpu);
    return entries.filter((entry) => entry.name !== name && elf/* OS_ABIS */.D.some((abi) => (0,binfmt_entry/* entryMatches */.Yn)(entry, (0,verify/* probeBytes */.Wu)(target, abi))));
}
/** The stages in order; each takes plain data and returns plain data. */
async function runStages(context) {
    const { settings, logger, options, host } = context;
    const { flags, warnings } = flagsForKernel(settings.flags, options.kernelRelease ?? (0,external_node_os_.release)());
    warnings.forEach((warning) => logger.warning(warning));
    const facts = await logger.group('binfmt_misc', () => inspectBinfmt(context));
    const native = await logger.group('What this machine runs already', () => findNative(context));
    const emulated = settings.requests.filter((request) => !native.has(request.target.cpu));
    const { emulators, jobCaches } = await logger.group('Emulators', () => emulatorsOfRun(context, emulated));
    const plan = (0,registration_plan/* planRegistrations */.Up)({
        requests: emulated,
        emulators,
        ...facts,
        flags,
        ...conflictHandling(settings),
        native: nativeTargetsOf(host, native),
    });
    const after = await registerPlan(context, plan, emulators, flags);
    const outcomes = outcomesOf(context, native, plan, emulators, after);
    const verified = settings.verify && plan.actions.length > 0 ? await install_verify(context, plan, outcomes) : outcomes;
    return { report: (0,report/* buildReport */.FK)(host, verified, flags), ...(jobCaches?.length ? { jobCaches } : {}) };
}
const conflictHandling = ({ onConflict, reset }) => ({ onConflict, reset });
/** The CPUs this machine runs natively: its own, whatever its probe said, and those whose probe ran. */
const nativeTargetsOf = (host, native) => [
    ...(host ? [host] : []),
    ...targets/* TARGETS */.dW.filter((target) => target !== host && native.has(target.cpu)),
];
async function inspectBinfmt({ kernel, logger, runRecord }) {
    const mountedNow = !kernel.isMounted();
    if (mountedNow) {
        logger.info(`binfmt_misc is not mounted at ${kernel.root}: mounting it`);
        await kernel.mount();
        runRecord.record({ kind: 'mounted' });
    }
    await runRecord.coordinate(mountedNow);
    const existing = await kernel.list();
    const binfmtEnabled = await kernel.isEnabled();
    logger.info(`${existing.length} entries registered${binfmtEnabled ? '' : ' (binfmt_misc is disabled as a whole)'}: ${existing.map((entry) => entry.name).join(', ') || 'none'}`);
    return { existing, binfmtEnabled };
}
function findNative({ settings, kernel, workspace, logger, host }) {
    if (workspace.note)
        logger.info(workspace.note);
    const readEntries = async () => ((await kernel.isEnabled()) ? kernel.list() : []);
    return (0,emulators/* detectNative */.h)(settings.requests, host, readEntries, workspace, logger, 'nothing to register');
}
/** Restores the tool cache entries from the Actions cache where that service is there. */
async function restoreJobCache({ logger, options, settings }, key, cpus) {
    const cacheKey = key && settings.cache ? options.jobCache?.key(key, cpus) : undefined;
    if (!key || !cacheKey)
        return undefined;
    const toolCache = new cache/* EmulatorCache */.g();
    const paths = cpus.flatMap((cpu) => [toolCache.directory(cpu, key), `${toolCache.directory(cpu, key)}.complete`]);
    const restored = await options.jobCache.restore(paths, cacheKey);
    logger.info(restored > 0
        ? `Restored ${restored} of ${cpus.length} emulators from the Actions cache (${cacheKey}); each is checked against the sums when used`
        : `Nothing used from the Actions cache under ${cacheKey}`);
    return { plan: { key: cacheKey, paths }, restored };
}
function emulatorsOfRun(context, requests) {
    const { settings, logger, host } = context;
    return (0,emulators/* emulatorsFor */.O)(settings, requests.map((request) => request.target.cpu), host, logger, { privateCopies: true, restoreJobCache: (key, cpus) => restoreJobCache(context, key, cpus) });
}
/** Applies the plan after the safety checks; returns the entries as they are after. */
async function registerPlan({ settings, logger, kernel, runRecord }, plan, emulators, flags) {
    const written = plan.actions.filter((action) => action.kind === 'register' || action.kind === 'replace');
    const writtenPaths = written.map((action) => emulators.get(action.request.target.cpu).path);
    await (0,safety/* checkInterpreters */.Qr)(writtenPaths, flags);
    // With F the kernel keeps the file it opens now: it must be the one that was checked.
    const identities = new Map(await Promise.all(writtenPaths.map(async (path) => [path, await (0,safety/* fileIdentity */.l6)(path)])));
    for (const action of plan.actions) {
        if (action.kind !== 'replace')
            continue;
        logger.warning(`${(0,registration_plan/* entryName */.MB)(action.request.target.cpu)} was registered differently (interpreter ${action.existing.interpreter}, flags "${action.existing.flags}"): replacing it`);
    }
    return logger.group('Registering', async () => {
        const log = (message) => logger.info(message);
        await (0,apply/* applyPlan */.gj)(kernel, plan, settings.onConflict, runRecord.record, log, runRecord.coordination);
        if (flags.includes('F')) {
            for (const [path, identity] of identities) {
                if ((await (0,safety/* fileIdentity */.l6)(path)) === identity)
                    continue;
                throw new errors/* VerificationError */.mk(`${path} changed between its check and its registration: refusing to keep a registration of an unchecked file.`);
            }
        }
        return kernel.list();
    });
}
/** Each requested target's outcome: native, or what its action did; other matching entries named. */
function outcomesOf({ settings, logger }, native, plan, emulators, after) {
    const outcomes = settings.requests
        .filter((request) => native.has(request.target.cpu))
        .map((request) => ({ request, status: 'native', nativeMachine: native.get(request.target.cpu) }));
    for (const action of plan.actions) {
        const kept = action.kind === 'keep-existing' ? action.existing : undefined;
        const others = otherMatchingEntries(action.request.target, after);
        for (const other of others) {
            logger.warning(`${(0,targets/* displayName */.QC)(action.request)}: the entry ${other.name} (interpreter ${other.interpreter}) matches the same binaries as ${(0,registration_plan/* entryName */.MB)(action.request.target.cpu)}; the kernel uses whichever matching entry was registered last.`);
        }
        outcomes.push({
            request: action.request,
            status: STATUS_OF[action.kind],
            interpreter: kept ? kept.interpreter : action.kind !== 'keep-existing' ? action.line.interpreter : '',
            flags: kept ? kept.flags : action.kind !== 'keep-existing' ? action.line.flags : '',
            emulator: emulators.get(action.request.target.cpu),
            alsoMatching: others.map((other) => `${other.name} (${other.interpreter})`),
        });
    }
    return outcomes;
}
/** Runs every registered target's probe through the kernel; returns the outcomes with their probes. */
async function install_verify({ logger, kernel, workspace }, plan, outcomes) {
    return logger.group('Verifying', async () => {
        const probes = new Map(await Promise.all(plan.actions.map(async (action) => [action.request, await verifySettled(action.request.target, workspace)])));
        const failures = [];
        for (const [request, result] of probes) {
            const name = (0,registration_plan/* entryName */.MB)(request.target.cpu);
            logger.info(`${(0,targets/* displayName */.QC)(request)}: ${result.ok ? 'ok' : 'FAILED'}: ${result.summary}`);
            if (result.ok)
                continue;
            const entry = (await kernel.readText(name))?.trimEnd() ?? '(entry missing)';
            failures.push(`${(0,targets/* displayName */.QC)(request)}: the probe through ${name} failed: ${result.summary}.\nThe entry ${kernel.root}/${name} reads:\n${entry.replace(/^/gm, '    ')}`);
        }
        if (failures.length > 0)
            throw new errors/* VerificationError */.mk(failures.join('\n'));
        return outcomes.map((outcome) => {
            const probe = probes.get(outcome.request);
            return probe ? { ...outcome, probe } : outcome;
        });
    });
}


/***/ })

};
