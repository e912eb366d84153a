"""
Churn snapshots - interpretable logistic model with statsmodels.

Validation design (mirrors test.csv = later months, other customers):
  * customers split 70/30 on their ids
  * model rows  : Jan-Jun snapshots of the 70%
  * scored rows : Jul-Sep snapshots of the 30%
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "churned_next_month"

snap = pd.read_csv("train.csv")
snap_test = pd.read_csv("test.csv")
snap["snapshot_month"] = pd.to_datetime(snap["snapshot_month"])

print(snap.shape, snap.customer_id.nunique())
print(snap[TARGET].value_counts())
print(snap.plan.value_counts())
print(pd.crosstab(snap.payment_failures.clip(upper=3), snap[TARGET], normalize="index").round(3))
print(pd.crosstab(snap.support_tickets.clip(upper=4), snap[TARGET], normalize="index").round(3))
print(snap.groupby(snap.snapshot_month.dt.month)[TARGET].mean().round(4))


def prep(d):
    d = d.copy()
    d["log_usage"] = np.log1p(d["usage_hours"])
    d["log_tenure"] = np.log1p(d["tenure_months"])
    d["any_failure"] = (d["payment_failures"] > 0).astype(int)
    d["tickets_capped"] = d["support_tickets"].clip(upper=5)
    d["charges_100"] = d["monthly_charges"] / 100.0
    return d


snap = prep(snap)
snap_test = prep(snap_test)

ids = snap["customer_id"].drop_duplicates().sample(frac=1.0, random_state=21).to_numpy()
n_fit = int(0.7 * len(ids))
fit_ids, score_ids = set(ids[:n_fit]), set(ids[n_fit:])

cut = pd.Timestamp("2024-07-01")
fit_df = snap[snap.customer_id.isin(fit_ids) & (snap.snapshot_month < cut)]
score_df = snap[snap.customer_id.isin(score_ids) & (snap.snapshot_month >= cut)]
print("fit rows", len(fit_df), "score rows", len(score_df))

formulas = {
    "m1": f"{TARGET} ~ log_tenure + any_failure + tickets_capped",
    "m2": f"{TARGET} ~ log_tenure + any_failure + tickets_capped + log_usage + charges_100",
    "m3": f"{TARGET} ~ log_tenure + any_failure + tickets_capped + log_usage + charges_100 + C(plan)",
    "m4": f"{TARGET} ~ log_tenure * any_failure + tickets_capped + log_usage + charges_100 + C(plan)",
}

# baseline: constant churn rate from the fitting rows
prior = fit_df[TARGET].mean()
p0 = np.full(len(score_df), prior)
print(f"baseline (prior={prior:.4f}): logloss={log_loss(score_df[TARGET], p0):.4f} "
      f"ap={average_precision_score(score_df[TARGET], p0):.4f}")

fits = {}
for name, f in formulas.items():
    res = smf.logit(f, data=fit_df).fit(disp=0)
    p = res.predict(score_df)
    fits[name] = res
    print(f"{name}: aic={res.aic:9.1f}  auc={roc_auc_score(score_df[TARGET], p):.4f}  "
          f"ap={average_precision_score(score_df[TARGET], p):.4f}  logloss={log_loss(score_df[TARGET], p):.4f}")

chosen = min(fits, key=lambda k: fits[k].aic)
print("lowest AIC:", chosen)
print(fits[chosen].summary())
print(np.exp(fits[chosen].params).round(3).rename("odds_ratio"))

# final: same formula on all of train.csv
final = smf.logit(formulas[chosen], data=snap).fit(disp=0)
pd.DataFrame({"snapshot_id": snap_test["snapshot_id"],
              "prediction": final.predict(snap_test)}).to_csv("predictions.csv", index=False)
print("written")
