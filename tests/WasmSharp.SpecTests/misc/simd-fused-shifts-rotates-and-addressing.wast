;; The interpreter's first-class vector instructions and their fusions (Translator.SimdFast.cs):
;; shifts by a constant count (counts at and beyond the lane width, negative counts), the
;; shl/shr_u/or lane rotation and the near misses that must stay three instructions, shuffles
;; taking lanes from both inputs, v128.load at `i32.add x c` (the add wraps, the offset does not)
;; and lane stores. Both tiers run it.
(module
  (memory 1)
  (data (i32.const 0) "\00\01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f\10\11\12\13\14\15\16\17\18\19\1a\1b\1c\1d\1e\1f")

  (func (export "shl32") (param v128) (result v128) (i32x4.shl (local.get 0) (i32.const 33)))
  (func (export "shr_s32") (param v128) (result v128) (i32x4.shr_s (local.get 0) (i32.const -1)))
  (func (export "shr_u8") (param v128) (result v128) (i8x16.shr_u (local.get 0) (i32.const 9)))
  (func (export "shl16") (param v128) (result v128) (i16x8.shl (local.get 0) (i32.const 4)))
  (func (export "shr_s64") (param v128) (result v128) (i64x2.shr_s (local.get 0) (i32.const 65)))
  (func (export "shl_dynamic") (param v128 i32) (result v128) (i32x4.shl (local.get 0) (local.get 1)))

  (func (export "rotl12") (param v128) (result v128)
    (v128.or (i32x4.shl (local.get 0) (i32.const 12)) (i32x4.shr_u (local.get 0) (i32.const 20))))
  (func (export "rotr7") (param v128) (result v128)
    (v128.or (i32x4.shr_u (local.get 0) (i32.const 7)) (i32x4.shl (local.get 0) (i32.const 25))))
  ;; Counts 44 and 20 are 12 and 20 once masked: still a rotation.
  (func (export "rotl-masked") (param v128) (result v128)
    (v128.or (i32x4.shl (local.get 0) (i32.const 44)) (i32x4.shr_u (local.get 0) (i32.const 20))))
  ;; Counts that do not add up to 32: not a rotation.
  (func (export "not-rotation") (param v128) (result v128)
    (v128.or (i32x4.shl (local.get 0) (i32.const 12)) (i32x4.shr_u (local.get 0) (i32.const 12))))
  ;; Different sources: not a rotation.
  (func (export "two-sources") (param v128 v128) (result v128)
    (v128.or (i32x4.shl (local.get 0) (i32.const 8)) (i32x4.shr_u (local.get 1) (i32.const 24))))
  ;; The first shift's result written to the source local before the second shift reads it.
  (func (export "source-overwritten") (param v128) (result v128)
    (v128.or
      (local.tee 0 (i32x4.shl (local.get 0) (i32.const 8)))
      (i32x4.shr_u (local.get 0) (i32.const 24))))
  ;; An arithmetic shift right is no rotation.
  (func (export "shr_s-or") (param v128) (result v128)
    (v128.or (i32x4.shl (local.get 0) (i32.const 8)) (i32x4.shr_s (local.get 0) (i32.const 24))))

  (func (export "shuffle") (param v128 v128) (result v128)
    (i8x16.shuffle 31 0 17 2 19 4 21 6 16 15 14 13 12 11 10 9 (local.get 0) (local.get 1)))
  (func (export "shuffle-same") (param v128) (result v128)
    (i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12 (local.get 0) (local.get 0)))

  (func (export "load-add") (param i32) (result v128) (v128.load offset=1 (i32.add (local.get 0) (i32.const 2))))
  (func (export "store32_lane") (param i32 v128) (result i32)
    (v128.store32_lane offset=4 2 (local.get 0) (local.get 1))
    (i32.load offset=4 (local.get 0)))
  (func (export "splat-load") (param i32) (result v128) (v128.load32_splat (local.get 0)))
)

(assert_return (invoke "shl32" (v128.const i32x4 1 2 0x80000000 -1)) (v128.const i32x4 2 4 0 -2))
(assert_return (invoke "shr_s32" (v128.const i32x4 -8 8 0x80000000 1)) (v128.const i32x4 -1 0 -1 0))
(assert_return (invoke "shr_u8" (v128.const i8x16 0x80 0xff 2 3 4 5 6 7 8 9 10 11 12 13 14 0x7f))
  (v128.const i8x16 0x40 0x7f 1 1 2 2 3 3 4 4 5 5 6 6 7 0x3f))
(assert_return (invoke "shl16" (v128.const i16x8 1 0x1000 -1 3 4 5 6 7)) (v128.const i16x8 16 0 -16 48 64 80 96 112))
(assert_return (invoke "shr_s64" (v128.const i64x2 -4 4)) (v128.const i64x2 -2 2))
(assert_return (invoke "shl_dynamic" (v128.const i32x4 1 1 1 1) (i32.const 35)) (v128.const i32x4 8 8 8 8))

(assert_return (invoke "rotl12" (v128.const i32x4 0x12345678 0x80000001 0 -1))
  (v128.const i32x4 0x45678123 0x00001800 0 -1))
(assert_return (invoke "rotr7" (v128.const i32x4 0x12345678 0x80000001 0x7f 1))
  (v128.const i32x4 0xf02468ac 0x03000000 0xfe000000 0x02000000))
(assert_return (invoke "rotl-masked" (v128.const i32x4 0x12345678 0 0 0)) (v128.const i32x4 0x45678123 0 0 0))
(assert_return (invoke "not-rotation" (v128.const i32x4 0x12345678 0 0 0)) (v128.const i32x4 0x4567a345 0 0 0))
(assert_return (invoke "two-sources" (v128.const i32x4 0x12345678 0 0 0) (v128.const i32x4 0xaabbccdd 0 0 0))
  (v128.const i32x4 0x345678aa 0 0 0))
(assert_return (invoke "source-overwritten" (v128.const i32x4 0x12345678 0 0 0)) (v128.const i32x4 0x34567834 0 0 0))
(assert_return (invoke "shr_s-or" (v128.const i32x4 0x80000001 0 0 0)) (v128.const i32x4 0xffffff80 0 0 0))

(assert_return (invoke "shuffle"
    (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)
    (v128.const i8x16 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31))
  (v128.const i8x16 31 0 17 2 19 4 21 6 16 15 14 13 12 11 10 9))
(assert_return (invoke "shuffle-same" (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))
  (v128.const i8x16 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12))

(assert_return (invoke "load-add" (i32.const 0)) (v128.const i8x16 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18))
(assert_return (invoke "load-add" (i32.const 65517)) (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0))
(assert_trap (invoke "load-add" (i32.const 65518)) "out of bounds memory access")
;; x + 2 wraps to 0, the offset is added after: bytes 1..16.
(assert_return (invoke "load-add" (i32.const -2)) (v128.const i8x16 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16))
;; x + 2 does not wrap here, so x + 2 + 1 is beyond 4 GiB.
(assert_trap (invoke "load-add" (i32.const -4)) "out of bounds memory access")
(assert_return (invoke "store32_lane" (i32.const 100) (v128.const i32x4 1 2 3 4)) (i32.const 3))
(assert_trap (invoke "store32_lane" (i32.const 65530) (v128.const i32x4 1 2 3 4)) "out of bounds memory access")
(assert_return (invoke "splat-load" (i32.const 4)) (v128.const i32x4 0x07060504 0x07060504 0x07060504 0x07060504))
