"""
Rare-event churn model (King & Zeng prior correction), churn-snapshots task.

Validation design first: estimation window Jan-Jun, validation Jul-Sep restricted
to customers that never appear in the estimation window. Only the estimation window
is case-control sampled (all churners, 20% of non-churners); the validation rows are
scored as they come, at the natural churn rate.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

rng = np.random.default_rng(123)
Y = "churned_next_month"

full = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
for d in (full, test):
    d["log_idle"] = np.log1p(d["days_since_last_login"])
    d["short_tenure"] = (d["tenure_months"] <= 6).astype(int)

est_all = full[full["snapshot_month"] < "2024-07-01"]
val = full[(full["snapshot_month"] >= "2024-07-01") & ~full["customer_id"].isin(est_all["customer_id"])]
print("estimation rows", len(est_all), "validation rows", len(val))


def case_control(d, keep=0.20):
    cases = d[d[Y] == 1]
    controls = d[d[Y] == 0]
    controls = controls[rng.random(len(controls)) < keep]
    return pd.concat([cases, controls]).reset_index(drop=True)


def fit_corrected(d, spec):
    tau = d[Y].mean()
    cc = case_control(d)
    ybar = cc[Y].mean()
    model = smf.logit(spec, data=cc).fit(disp=False)
    shift = np.log(((1 - tau) / tau) * (ybar / (1 - ybar)))
    return model, shift, len(cc)


def predict(model, shift, d):
    xb = model.predict(d, which="linear")
    return 1 / (1 + np.exp(-(xb - shift)))


spec = (f"{Y} ~ C(plan) + C(region) + tenure_months + short_tenure + monthly_charges"
        " + has_discount + logins_30d + log_idle + support_tickets_30d + payment_failures_90d")
model, shift, n_cc = fit_corrected(est_all, spec)
print(f"case-control estimation sample: {n_cc} rows; intercept correction {shift:.3f}")
print(model.summary2().tables[1].round(4))

p_val = predict(model, shift, val)
y_val = val[Y].to_numpy()
print(f"validation AUC   {roc_auc_score(y_val, p_val):.3f}")
print(f"validation AP    {average_precision_score(y_val, p_val):.3f}   baseline AP (prevalence) {y_val.mean():.3f}")
print(f"validation Brier {brier_score_loss(y_val, p_val):.4f}   baseline Brier "
      f"{brier_score_loss(y_val, np.full(len(y_val), est_all[Y].mean())):.4f}")

# calibration-in-the-large after the prior correction
print("mean predicted", round(float(np.mean(p_val)), 4), "observed", round(float(y_val.mean()), 4))

# bootstrap CI for validation AUC
aucs = []
for _ in range(400):
    i = rng.integers(0, len(y_val), len(y_val))
    if 0 < y_val[i].sum() < len(i):
        aucs.append(roc_auc_score(y_val[i], np.asarray(p_val)[i]))
print("AUC 95% CI", np.round(np.quantile(aucs, [0.025, 0.975]), 3))

final, shift_all, _ = fit_corrected(full, spec)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": predict(final, shift_all, test)}) \
    .to_csv("predictions.csv", index=False)
