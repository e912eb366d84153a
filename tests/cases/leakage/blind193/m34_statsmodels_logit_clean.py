"""
Churn next month: an interpretable logistic model (statsmodels).

The hiring brief asks for something the retention team can read, so this is a
plain logit with a handful of terms, odds ratios, and an honest hold-out:
customers are assigned to fit / evaluation by a hash of their id, and the model
is fitted on Jan-Jun and evaluated on Jul-Sep.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

pd.options.display.float_format = "{:.4f}".format

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

# ------------------------------------------------------------------ quick EDA
print(df.shape, "|", df["customer_id"].nunique(), "customers")
print("\nchurn rate by plan (descriptive only):")
print(df.groupby("plan")["churned_next_month"].agg(["mean", "size"]))
print("\nchurn rate by region (descriptive only):")
print(df.groupby("region")["churned_next_month"].agg(["mean", "size"]))
print("\nleaky columns vs target (not used in the model):")
print(df.groupby("retention_offer_accepted")["churned_next_month"].mean())
print(df.groupby("account_closed_date_known")["churned_next_month"].mean())

for d in (df, test):
    d["days_idle"] = d["days_since_last_login"].fillna(90).clip(0, 90)
    d["log_spend"] = np.log1p(d["monthly_spend"])
    d["any_ticket"] = (d["support_tickets_30d"] > 0).astype(int)

# ------------------------------------------------------------------ split
h = pd.util.hash_pandas_object(df["customer_id"].astype(str), index=False) % 10
eval_customer = (h < 2).to_numpy()
fit = df[~eval_customer & (df["snapshot_month"] < "2024-07-01")]
ev = df[eval_customer & (df["snapshot_month"] >= "2024-07-01")]
assert not set(fit["customer_id"]) & set(ev["customer_id"])
print(f"\nfit rows {len(fit)}, evaluation rows {len(ev)}")

formula = ("churned_next_month ~ C(plan) + C(region) + np.log1p(tenure_months) + log_spend"
           " + logins_30d + support_tickets_30d + any_ticket + days_idle")

null_model = smf.logit("churned_next_month ~ 1", data=fit).fit(disp=0)
model = smf.logit(formula, data=fit).fit(disp=0, maxiter=200)
print(model.summary2().tables[1][["Coef.", "Std.Err.", "P>|z|"]])

odds = np.exp(model.params).rename("odds_ratio")
print(odds.sort_values())
print("\nMcFadden pseudo R2:", 1 - model.llf / null_model.llf)

# ------------------------------------------------------------------ evaluation
y_ev = ev["churned_next_month"]
p_model = model.predict(ev)
p_null = null_model.predict(ev)        # baseline = training churn rate for everyone
summary = pd.DataFrame({
    "baseline (intercept only)": [roc_auc_score(y_ev, p_null), average_precision_score(y_ev, p_null),
                                  log_loss(y_ev, p_null)],
    "logit": [roc_auc_score(y_ev, p_model), average_precision_score(y_ev, p_model),
              log_loss(y_ev, p_model)],
}, index=["roc_auc", "pr_auc", "log_loss"])
print(summary)

# calibration by decile
ev = ev.assign(p=p_model.values)
ev["decile"] = pd.qcut(ev["p"], 10, labels=False, duplicates="drop")
print(ev.groupby("decile")[["p", "churned_next_month"]].mean())

# ------------------------------------------------------------------ submission
final = smf.logit(formula, data=df).fit(disp=0, maxiter=200)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict(test).to_numpy()}).to_csv("predictions.csv", index=False)
