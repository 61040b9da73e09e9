package cn.yibao.service.security;

import jakarta.enterprise.context.RequestScoped;

/** Whether this request took its money-mutation permit already (a batch enrols many, counted once). */
@RequestScoped
class MoneyMovedInRequest {

    private boolean taken;

    /** True the first time in a request. (A method: a client proxy does not pass fields on.) */
    boolean first() {
        boolean first = !taken;
        taken = true;
        return first;
    }

    /** After a refusal the request has not moved money. */
    void undo() {
        taken = false;
    }
}
