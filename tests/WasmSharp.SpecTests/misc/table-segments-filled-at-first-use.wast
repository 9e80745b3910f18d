;; Active element segments of a module's own table are applied lazily (each slot gets its function
;; reference at its first read): every way of reading, writing or copying the table must still see
;; exactly what eager application gives.

(module
  (type $r (func (result i32)))
  (table $t (export "t") 8 funcref)
  (func $f0 (result i32) (i32.const 10))
  (func $f1 (result i32) (i32.const 11))
  (func $f2 (result i32) (i32.const 12))
  (func $f3 (result i32) (i32.const 13))
  ;; Slots 1..3, then 3..4 over them: the later segment wins at slot 3. Slots 0, 5, 6, 7 stay null.
  (elem (table $t) (i32.const 1) func $f0 $f1 $f2)
  (elem (table $t) (i32.const 3) func $f3 $f0)
  (func (export "call") (param i32) (result i32) (call_indirect (type $r) (local.get 0)))
  (func (export "is-null") (param i32) (result i32) (ref.is_null (table.get $t (local.get 0))))
  (func (export "set-null") (param i32) (table.set $t (local.get 0) (ref.null func)))
  (func (export "copy") (param i32 i32 i32) (table.copy $t $t (local.get 0) (local.get 1) (local.get 2)))
  (func (export "fill-f2") (param i32 i32) (table.fill $t (local.get 0) (ref.func $f2) (local.get 1)))
  (func (export "grow") (param i32) (result i32) (table.grow $t (ref.null func) (local.get 0)))
  (func (export "size") (result i32) (table.size $t))
)
(assert_return (invoke "call" (i32.const 1)) (i32.const 10))
(assert_return (invoke "call" (i32.const 3)) (i32.const 13))
(assert_return (invoke "call" (i32.const 4)) (i32.const 10))
(assert_trap (invoke "call" (i32.const 0)) "uninitialized element")
(assert_trap (invoke "call" (i32.const 5)) "uninitialized element")
(assert_trap (invoke "call" (i32.const 8)) "undefined element")
(assert_return (invoke "is-null" (i32.const 2)) (i32.const 0))
(assert_return (invoke "is-null" (i32.const 6)) (i32.const 1))
;; A slot cleared before its first read stays null.
(invoke "set-null" (i32.const 2))
(assert_trap (invoke "call" (i32.const 2)) "uninitialized element")
(assert_return (invoke "call" (i32.const 1)) (i32.const 10))
;; Copying never-read slots copies their functions; copying over them replaces them.
(invoke "copy" (i32.const 5) (i32.const 2) (i32.const 3))
(assert_trap (invoke "call" (i32.const 5)) "uninitialized element")
(assert_return (invoke "call" (i32.const 6)) (i32.const 13))
(assert_return (invoke "call" (i32.const 7)) (i32.const 10))
(invoke "fill-f2" (i32.const 0) (i32.const 1))
(assert_return (invoke "call" (i32.const 0)) (i32.const 12))
(assert_return (invoke "grow" (i32.const 2)) (i32.const 8))
(assert_return (invoke "size") (i32.const 10))
(assert_trap (invoke "call" (i32.const 9)) "uninitialized element")
(assert_return (invoke "call" (i32.const 4)) (i32.const 10))

;; A fresh instance grows its table before reading any slot: the grown table keeps the functions.
(module
  (type $r (func (result i32)))
  (table $t 2 funcref)
  (func $a (result i32) (i32.const 1))
  (func $b (result i32) (i32.const 2))
  (elem (table $t) (i32.const 0) func $a $b)
  (func (export "grow-then-call") (result i32)
    (drop (table.grow $t (ref.null func) (i32.const 3)))
    (i32.add (call_indirect (type $r) (i32.const 0)) (call_indirect (type $r) (i32.const 1))))
)
(assert_return (invoke "grow-then-call") (i32.const 3))

;; Written before any read by another segment's table.init and by a later element segment with
;; expressions: the table is filled eagerly (no image) and behaves the same.
(module
  (type $r (func (result i32)))
  (table $t 4 funcref)
  (func $a (result i32) (i32.const 1))
  (func $b (result i32) (i32.const 2))
  (elem (table $t) (i32.const 0) func $a $b)
  (elem (table $t) (i32.const 2) funcref (ref.func $b) (ref.null func))
  (elem $p func $b $a)
  (func (export "call") (param i32) (result i32) (call_indirect (type $r) (local.get 0)))
  (func (export "init") (table.init $t $p (i32.const 0) (i32.const 0) (i32.const 2)))
)
(assert_return (invoke "call" (i32.const 2)) (i32.const 2))
(assert_trap (invoke "call" (i32.const 3)) "uninitialized element")
(invoke "init")
(assert_return (invoke "call" (i32.const 0)) (i32.const 2))
(assert_return (invoke "call" (i32.const 1)) (i32.const 1))

;; A segment that does not fit traps at instantiation, as without images.
(assert_trap
  (module
    (table 2 funcref)
    (func $a)
    (elem (i32.const 1) func $a $a))
  "out of bounds table access")
