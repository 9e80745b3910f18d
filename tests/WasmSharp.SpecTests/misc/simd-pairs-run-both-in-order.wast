;; The interpreter runs some vector instructions that follow each other as one pair
;; (Translator.SimdPairs.cs): the first's code becomes the pair's, the second keeps its own code.
;; Each pair here is run where the second reads what the first just wrote (through a stack slot,
;; or a local that local.tee retargeted the first to): add-add, xor-shuffle, shuffle-shuffle,
;; xor-rotate, add-xor-rotate twice, saturating adds, two two-source shuffles, negate-select and
;; load then dot-accumulate, whose load ends at the memory's end, then one byte past it, and traps
;; there before the accumulate. Blake3's quarter round runs whole, twice, in a loop; and a loop
;; whose first instruction, a jump target, follows an add it is not paired with. Both tiers run it.
(module
  (memory 1)
  (data (i32.const 16) "\be\ba\fe\ca\0d\f0\ad\0b\11\11\11\11\f0\f0\f0\f0\df\9b\57\13\e0\ac\68\24\ff\ff\ff\7f\00\00\00\00")

  (func (export "add-add") (param v128 v128 v128) (result v128)
    (i32x4.add (i32x4.add (local.get 0) (local.get 1)) (local.get 2)))
  (func (export "add-add-tee") (param v128 v128) (result v128)
    (i32x4.add (local.tee 0 (i32x4.add (local.get 0) (local.get 1))) (local.get 0)))
  (func (export "xor-shuffle") (param v128 v128) (result v128)
    (i8x16.shuffle 1 0 3 2 5 4 7 6 9 8 11 10 13 12 15 14 (v128.xor (local.get 0) (local.get 1)) (local.get 1)))
  (func (export "rot16") (param $d v128) (param $a v128) (result v128)
    (local.set $d
      (i8x16.shuffle 0 1 2 3 4 5 6 7 10 11 8 9 14 15 12 13
        (local.tee $d
          (i8x16.shuffle 2 3 0 1 6 7 4 5 8 9 10 11 12 13 14 15
            (local.tee $d (v128.xor (local.get $d) (local.get $a)))
            (local.get $d)))
        (local.get $d)))
    (local.get $d))

  (func (export "g") (param $a v128) (param $b v128) (param $c v128) (param $d v128) (param $m v128) (param $m2 v128) (result v128)
    (local $i i32)
    (loop $round
      (local.set $a (i32x4.add (i32x4.add (local.get $a) (local.get $b)) (local.get $m)))
      (local.set $d
        (i8x16.shuffle 0 1 2 3 4 5 6 7 10 11 8 9 14 15 12 13
          (local.tee $d
            (i8x16.shuffle 2 3 0 1 6 7 4 5 8 9 10 11 12 13 14 15
              (local.tee $d (v128.xor (local.get $d) (local.get $a)))
              (local.get $d)))
          (local.get $d)))
      (local.set $b
        (v128.or
          (i32x4.shl (local.tee $b (v128.xor (local.tee $c (i32x4.add (local.get $c) (local.get $d))) (local.get $b))) (i32.const 20))
          (i32x4.shr_u (local.get $b) (i32.const 12))))
      (local.set $a (i32x4.add (i32x4.add (local.get $a) (local.get $b)) (local.get $m2)))
      (local.set $d
        (v128.or
          (i32x4.shl (local.tee $d (v128.xor (local.get $d) (local.get $a))) (i32.const 24))
          (i32x4.shr_u (local.get $d) (i32.const 8))))
      (local.set $b
        (v128.or
          (i32x4.shl (local.tee $b (v128.xor (local.tee $c (i32x4.add (local.get $c) (local.get $d))) (local.get $b))) (i32.const 25))
          (i32x4.shr_u (local.get $b) (i32.const 7))))
      (br_if $round (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 2))))
    (v128.xor (v128.xor (local.get $a) (local.get $b)) (v128.xor (local.get $c) (local.get $d))))

  ;; The add before the loop and the one starting it are not a pair; the loop's add is run
  ;; again by the branch.
  (func (export "loop") (param v128 v128) (result v128)
    (local $i i32)
    (local.set 0 (i32x4.add (local.get 0) (local.get 1)))
    (loop $l
      (local.set 0 (i32x4.add (local.get 0) (local.get 1)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 3))))
    (local.get 0))

  (func (export "axr-axr") (param $a v128) (param $b v128) (param $c v128) (param $d v128) (result v128)
    (local.set $b
      (v128.or
        (i32x4.shl (local.tee $b (v128.xor (local.tee $c (i32x4.add (local.get $c) (local.get $d))) (local.get $b))) (i32.const 20))
        (i32x4.shr_u (local.get $b) (i32.const 12))))
    (local.set $d
      (v128.or
        (i32x4.shl (local.tee $d (v128.xor (local.tee $a (i32x4.add (local.get $a) (local.get $b))) (local.get $d))) (i32.const 25))
        (i32x4.shr_u (local.get $d) (i32.const 7))))
    (v128.xor (v128.xor (local.get $a) (local.get $b)) (v128.xor (local.get $c) (local.get $d))))

  (func (export "addsat-addsat") (param v128 v128 v128) (result v128)
    (i16x8.add_sat_s (i16x8.add_sat_s (local.get 0) (local.get 1)) (local.get 2)))
  (func (export "load-dot-add") (param $p i32) (param $b v128) (param $acc v128) (result v128)
    (i32x4.add (i32x4.dot_i16x8_s (v128.load (i32.add (local.get $p) (i32.const 16))) (local.get $b)) (local.get $acc)))
  (func (export "shuffle-shuffle") (param v128 v128) (result v128)
    (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
      (i8x16.shuffle 31 0 17 2 19 4 21 6 16 15 14 13 12 11 10 9 (local.get 0) (local.get 1))
      (local.get 0)))
  (func (export "neg-bitselect") (param v128 v128 v128) (result v128)
    (v128.bitselect (local.get 0) (local.get 1) (i8x16.neg (local.get 2))))
)

(assert_return (invoke "add-add" (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210) (v128.const i32x4 0xdeadbeef 0x00000001 0xffffffff 0x80000000) (v128.const i32x4 0x13579bdf 0x2468ace0 0x7fffffff 0x00000000)) (v128.const i32x4 0xf328a035 0xae147ad0 0x7edcba96 0xf6543210))
(assert_return (invoke "add-add-tee" (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210) (v128.const i32x4 0xdeadbeef 0x00000001 0xffffffff 0x80000000)) (v128.const i32x4 0xbfa208ac 0x13579be0 0xfdb9752e 0xeca86420))
(assert_return (invoke "xor-shuffle" (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210) (v128.const i32x4 0xdeadbeef 0x00000001 0xffffffff 0x80000000)) (v128.const i32x4 0x8edf88fb 0xab89eecd 0x23016745 0x54f61032))
(assert_return (invoke "rot16" (v128.const i32x4 0xcafebabe 0x0badf00d 0x11111111 0xf0f0f0f0) (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210)) (v128.const i32x4 0xffd9cbdd 0x3de28206 0xab89efcd 0xc2e086a4))
(assert_return (invoke "g" (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210) (v128.const i32x4 0xdeadbeef 0x00000001 0xffffffff 0x80000000) (v128.const i32x4 0x13579bdf 0x2468ace0 0x7fffffff 0x00000000) (v128.const i32x4 0xcafebabe 0x0badf00d 0x11111111 0xf0f0f0f0) (v128.const i32x4 0x13579bdf 0x2468ace0 0x7fffffff 0x00000000) (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210)) (v128.const i32x4 0x619e7be8 0xcff3130a 0x8a423a83 0x93e7ee01))
(assert_return (invoke "loop" (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210) (v128.const i32x4 0xdeadbeef 0x00000001 0xffffffff 0x80000000)) (v128.const i32x4 0x7bda4123 0x89abcdf3 0xfedcba94 0x76543210))
(assert_return (invoke "axr-axr" (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210) (v128.const i32x4 0xdeadbeef 0x00000001 0xffffffff 0x80000000) (v128.const i32x4 0x13579bdf 0x2468ace0 0x7fffffff 0x00000000) (v128.const i32x4 0xcafebabe 0x0badf00d 0x11111111 0xf0f0f0f0)) (v128.const i32x4 0xe7b077d9 0x0c1cd4a2 0xbdcdd309 0xa447e983))
(assert_return (invoke "addsat-addsat" (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210) (v128.const i32x4 0xdeadbeef 0x00000001 0xffffffff 0x80000000) (v128.const i32x4 0x13579bdf 0x2468ace0 0x7fffffff 0x00000000)) (v128.const i32x4 0xf327a035 0xae138000 0x7edaba96 0xf6543210))
(assert_return (invoke "load-dot-add" (i32.const 0) (v128.const i32x4 0xdeadbeef 0x00000001 0xffffffff 0x80000000) (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210)) (v128.const i32x4 0x19a4126f 0x89abbdfc 0xfedc9876 0x7ddc3210))
(assert_return (invoke "load-dot-add" (i32.const 16) (v128.const i32x4 0xdeadbeef 0x00000001 0xffffffff 0x80000000) (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210)) (v128.const i32x4 0x1811d063 0x89ab7acf 0xfedc3a9a 0x76543210))
(assert_return (invoke "load-dot-add" (i32.const 65504) (v128.const i32x4 0xdeadbeef 0x00000001 0xffffffff 0x80000000) (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210)) (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210))
(assert_trap (invoke "load-dot-add" (i32.const 65505) (v128.const i32x4 0xdeadbeef 0x00000001 0xffffffff 0x80000000) (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210)) "out of bounds memory access")
(assert_return (invoke "shuffle-shuffle" (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210) (v128.const i32x4 0xdeadbeef 0x00000001 0xffffffff 0x80000000)) (v128.const i32x4 0x45676780 0x012323be 0xcdefefde 0x89abab00))
(assert_return (invoke "neg-bitselect" (v128.const i32x4 0x01234567 0x89abcdef 0xfedcba98 0x76543210) (v128.const i32x4 0xdeadbeef 0x00000001 0xffffffff 0x80000000) (v128.const i32x4 0x13579bdf 0x2468ace0 0x7fffffff 0x00000000)) (v128.const i32x4 0x1325dfef 0x88884421 0xfefefefe 0x80000000))
