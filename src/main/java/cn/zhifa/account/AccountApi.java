package cn.zhifa.account;

import cn.zhifa.organization.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST for admins: the login log, the lockouts in force, unlock. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "accounts", description = "登录日志、登录失败锁定 — admins")
class AccountApi {

    private final LoginGuard guard;

    AccountApi(LoginGuard guard) {
        this.guard = guard;
    }

    record UnlockRequest(@NotNull LoginGuard.Scope scope, @NotBlank @Size(max = 100) String subject,
            @NotBlank @Size(max = 400) String reason) {
    }

    @GetMapping("/logins")
    @Operation(summary = "登录日志: logins, failures, lockouts, unlocks and idle timeouts, newest first")
    List<LoginEvent> logins(@RequestParam(required = false) @Size(max = 100) String username,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return guard.events(CurrentActor.get(), username, limit);
    }

    @GetMapping("/lockouts")
    @Operation(summary = "Account names and client addresses locked now")
    List<Lockout> lockouts() {
        return guard.lockouts(CurrentActor.get());
    }

    @PostMapping("/lockouts/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Lift a lockout early, with a reason (logged)")
    void unlock(@Valid @RequestBody UnlockRequest r) {
        guard.unlock(CurrentActor.get(), r.scope(), r.subject(), r.reason());
    }
}
