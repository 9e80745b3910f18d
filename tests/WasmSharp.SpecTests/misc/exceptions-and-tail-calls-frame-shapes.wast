;; Shapes the interpreter's handler tables and frame replacement must get right (the compiled tier
;; runs them too): clauses that return from the function or restart a loop, handlers several frames
;; out, delegate past catch bodies, rethrow of an outer catch's exception, payloads of every slot
;; kind read straight from locals, and tail calls whose arguments swap locals or that leave a
;; try_table (the callee's exceptions are not the caller's to catch).

(module
  (tag $e (param i32))
  (tag $f (param i32 i64))
  (tag $v (param v128 funcref externref f32))
  (tag $empty)

  (func $thrower (param i32) (throw $e (local.get 0)))
  (func $deep (param i32)
    (if (local.get 0)
      (then (call $deep (i32.sub (local.get 0) (i32.const 1))))
      (else (call $thrower (i32.const 77)))))

  ;; A clause to the function label returns the payload; a normal exit jumps over the return pad.
  (func (export "to-function") (param i32) (result i32)
    (try_table (catch $e 0)
      (if (local.get 0) (then (throw $e (i32.const 5)))))
    (i32.const 9))

  (func $to-function-ref (result i32 exnref)
    (try_table (catch_ref $e 0) (call $thrower (i32.const 6)))
    (unreachable))
  (func (export "to-function-ref") (result i32 i32)
    (call $to-function-ref)
    (ref.is_null))

  ;; A clause to a loop retries: the loop parameter is the payload.
  (func (export "retry") (result i32)
    (local $tries i32)
    (i32.const 0)
    (loop $again (param i32) (result i32)
      (local.set $tries (i32.add (local.get $tries) (i32.const 1)))
      (try_table (param i32) (result i32) (catch $e $again)
        (if (param i32) (result i32) (i32.lt_u (local.get $tries) (i32.const 4))
          (then (throw $e (i32.add (i32.const 10))))
          (else (drop) (i32.add (local.get $tries) (i32.const 1000)))))))

  ;; The handler is 41 interpreted frames out.
  (func (export "deep") (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (call $deep (i32.const 40)))
      (i32.const -1)))

  ;; Inner clauses that do not match leave the exception to an outer region of the same function.
  (func (export "outer-region") (result i32)
    (block $h (result i32 i64)
      (try_table (catch $f $h)
        (block $g (result i32)
          (try_table (catch $e $g) (throw $f (i32.const 3) (i64.const 4)))
          (unreachable))
        (drop))
      (unreachable))
    (drop))

  ;; Payload slots of every kind, taken from locals without copies.
  (func $ext (param externref) (result externref) (local.get 0))
  (elem declare func $ext)
  (table $t 1 funcref)
  (func (export "kinds") (param externref v128) (result v128 externref f32)
    (local $b funcref) (local $c f32) (local $x externref)
    (local.set $b (ref.func $ext))
    (local.set $c (f32.const -2.5))
    (block $h (result v128 funcref externref f32)
      (try_table (catch $v $h)
        (throw $v (local.get 1) (local.get $b) (local.get 0) (local.get $c)))
      (unreachable))
    (local.set $c)
    (local.set $x)
    (local.set $b)
    (table.set $t (i32.const 0) (local.get $b))
    (call_indirect $t (param externref) (result externref) (local.get $x) (i32.const 0))
    (local.get $c))

  ;; Legacy: delegate to the function label leaves the function; delegate to a try in its catch
  ;; body goes around that try; rethrow 1 throws the outer catch's exception.
  (func $delegate-out (param i32)
    (try (do (throw $e (local.get 0))) (delegate 0)))
  (func (export "delegate-to-function") (result i32)
    (try (result i32)
      (do (call $delegate-out (i32.const 12)) (i32.const -1))
      (catch $e)))
  (func (export "delegate-past-catch") (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (throw $empty))
          (catch_all
            (try (result i32)
              (do (throw $e (i32.const 21)))
              (delegate 1)))))
      (catch $e (i32.add (i32.const 100)))))
  (func (export "delegate-levels") (param i32) (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do
            (if (result i32) (local.get 0)
              (then
                (try (result i32)
                  (do (throw $e (i32.const 1)))
                  (delegate 1)))
              (else
                (try (result i32)
                  (do (throw $e (i32.const 2)))
                  (delegate 2)))))
          (catch $e (i32.add (i32.const 10)))))
      (catch $e (i32.add (i32.const 100)))))
  (func (export "rethrow-outer") (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (throw $e (i32.const 1)))
          (catch $e
            (drop)
            (try (result i32)
              (do (throw $e (i32.const 2)))
              (catch $e (drop) (rethrow 1))))))
      (catch $e)))

  ;; An exception thrown in a catch body passes that try's own catch_all.
  (func (export "catch-body-not-covered") (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (throw $e (i32.const 3)))
          (catch $e (throw $e (i32.add (i32.const 30))))
          (catch_all (i32.const -1))))
      (catch $e)))

  ;; Many throws in a loop, each caught in a callee frame.
  (func $catch-one (param i32) (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (call $thrower (local.get 0)))
      (i32.const -1)))
  (func (export "many") (param i32) (result i32)
    (local $sum i32)
    (loop $l
      (local.set $sum (i32.add (local.get $sum) (call $catch-one (local.get 0))))
      (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
    (local.get $sum))

  ;; Tail calls: swapped local arguments; a callee that throws is not caught by the try_table the
  ;; return_call left, but by the caller's caller.
  (func $sub (param i32 i32) (result i32) (i32.sub (local.get 0) (local.get 1)))
  (func (export "swap") (param i32 i32) (result i32)
    (return_call $sub (local.get 1) (local.get 0)))
  (func $tail-from-try (result i32)
    (block $h (result i32)
      (try_table (catch $e $h)
        (return_call $thrower-i32 (i32.const 8)))
      (unreachable))
    (i32.add (i32.const 1000)))
  (func $thrower-i32 (param i32) (result i32) (throw $e (local.get 0)))
  (func (export "tail-leaves-try") (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (call $tail-from-try) (return))
      (unreachable)))

  ;; Results outnumber the caller's locals and stack.
  (func $three (result i32 i32 i32) (i32.const 1) (i32.const 2) (i32.const 3))
  (func (export "three") (result i32 i32 i32) (return_call $three))
)

(assert_return (invoke "to-function" (i32.const 1)) (i32.const 5))
(assert_return (invoke "to-function" (i32.const 0)) (i32.const 9))
(assert_return (invoke "to-function-ref") (i32.const 6) (i32.const 0))
(assert_return (invoke "retry") (i32.const 1004))
(assert_return (invoke "deep") (i32.const 77))
(assert_return (invoke "outer-region") (i32.const 3))
(assert_return (invoke "kinds" (ref.extern 7) (v128.const i32x4 1 2 3 4)) (v128.const i32x4 1 2 3 4) (ref.extern 7) (f32.const -2.5))
(assert_return (invoke "delegate-to-function") (i32.const 12))
(assert_return (invoke "delegate-past-catch") (i32.const 121))
(assert_return (invoke "delegate-levels" (i32.const 1)) (i32.const 11))
(assert_return (invoke "delegate-levels" (i32.const 0)) (i32.const 102))
(assert_return (invoke "rethrow-outer") (i32.const 1))
(assert_return (invoke "catch-body-not-covered") (i32.const 33))
(assert_return (invoke "many" (i32.const 1000)) (i32.const 500500))
(assert_return (invoke "swap" (i32.const 3) (i32.const 10)) (i32.const 7))
(assert_return (invoke "tail-leaves-try") (i32.const 8))
(assert_return (invoke "three") (i32.const 1) (i32.const 2) (i32.const 3))
