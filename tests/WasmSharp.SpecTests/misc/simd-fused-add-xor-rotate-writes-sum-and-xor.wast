;; The interpreter's fusion of a vector add-xor with the lane rotation of its result
;; (Translator.SimdFast.cs: I32x4AddXorRotlImm, blake3's `c += d; b = rotr(b ^ c, 12)`): the sum
;; and the xor are written to their locals as the unfused instructions did, the rotation count is
;; either shift's, and a rotated value stored over the xor's local still wins. Both tiers run it.
(module
  (func (export "g") (param $b v128) (param $c v128) (param $d v128) (result v128 v128)
    (local.set $c (i32x4.add (local.get $c) (local.get $d)))
    (local.set $b (v128.xor (local.get $b) (local.get $c)))
    (local.set $b (v128.or (i32x4.shl (local.get $b) (i32.const 20)) (i32x4.shr_u (local.get $b) (i32.const 12))))
    (local.get $b) (local.get $c))
  ;; The xor kept in another local, the rotation (shr_u first) left on the stack.
  (func (export "g-kept") (param $b v128) (param $c v128) (param $d v128) (result v128 v128 v128)
    (local $x v128)
    (local.set $c (i32x4.add (local.get $c) (local.get $d)))
    (local.set $x (v128.xor (local.get $c) (local.get $b)))
    (v128.or (i32x4.shr_u (local.get $x) (i32.const 7)) (i32x4.shl (local.get $x) (i32.const 25)))
    (local.get $x) (local.get $c))
)
(assert_return (invoke "g" (v128.const i32x4 1 0x80000000 0xffffffff 0x12345678) (v128.const i32x4 2 0x80000000 1 0) (v128.const i32x4 3 1 1 0x0f0f0f0f))
  (v128.const i32x4 0x00400000 0x00100000 0xffdfffff 0x9771d3b5) (v128.const i32x4 5 0x80000001 2 0x0f0f0f0f))
(assert_return (invoke "g-kept" (v128.const i32x4 1 0x80000000 0xffffffff 0x12345678) (v128.const i32x4 2 0x80000000 1 0) (v128.const i32x4 3 1 1 0x0f0f0f0f))
  (v128.const i32x4 0x08000000 0x02000000 0xfbffffff 0xee3a76b2) (v128.const i32x4 4 1 0xfffffffd 0x1d3b5977) (v128.const i32x4 5 0x80000001 2 0x0f0f0f0f))
