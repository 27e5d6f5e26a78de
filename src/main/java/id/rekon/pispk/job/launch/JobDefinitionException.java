package id.rekon.pispk.job.launch;

/** A job definition that cannot be used; the message tells the operator what to fix. */
public class JobDefinitionException extends RuntimeException {

    public JobDefinitionException(String message) {
        super(message);
    }
}
