;; Functions that test no integer (no branch on a condition, comparison, select, division or
;; call) and keep their frame rotate by the constant itself; the others keep the count opaque,
;; because RyuJIT (dotnet/runtime#129288) lets a compare with zero reuse the flags of a
;; constant rotate (see rotate-by-constant-compared-with-zero.wast). Here the rotated values
;; reach tests only across a call, through memory, or inside a caller that inlines a leaf.
(module
  (memory 1)
  (global $x32 (mut i32) (i32.const 0x40000000))
  (global $zero (mut i32) (i32.const 0))
  ;; Straight-line, traps (loads), so never inlined: constant rotates.
  (func $mix (param $p i32) (result i32)
    (i32.store offset=4 (local.get $p) (i32.rotl (i32.load (local.get $p)) (i32.const 5)))
    (i32.rotr (i32.load offset=4 (local.get $p)) (i32.const 1)))
  ;; A trap-free leaf the JIT may inline into a caller that tests its result: opaque count.
  (func $leaf (param i32) (result i32)
    (i32.rotl (local.get 0) (i32.const 7)))
  (func (export "tested-after-call") (result i32)
    (i32.store (i32.const 0) (global.get $x32))
    (block (br_if 0 (i32.eqz (global.get $zero))) (unreachable))
    (if (result i32) (call $mix (i32.const 0)) (then (i32.const 1)) (else (i32.const 0))))
  (func (export "stored-then-tested") (result i32)
    (drop (call $mix (i32.const 0)))
    (block (br_if 0 (i32.eqz (global.get $zero))) (unreachable))
    (i32.eqz (i32.load offset=4 (i32.const 0))))
  (func (export "inlined-leaf-tested") (result i32)
    (block (br_if 0 (i32.eqz (global.get $zero))) (unreachable))
    (block $nonzero
      (br_if $nonzero (call $leaf (global.get $x32)))
      (return (i32.const 0)))
    (i32.const 1))
  (func (export "mix") (param i32) (result i32) (call $mix (local.get 0)))
)
(assert_return (invoke "tested-after-call") (i32.const 1))
(assert_return (invoke "stored-then-tested") (i32.const 0))
(assert_return (invoke "inlined-leaf-tested") (i32.const 1))
(assert_return (invoke "mix" (i32.const 0)) (i32.const 4))
(assert_trap (invoke "mix" (i32.const 65533)) "out of bounds memory access")
