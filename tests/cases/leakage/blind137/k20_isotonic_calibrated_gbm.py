# Churn-snapshots: calibrated gradient boosting
#
# The retention team uses the score as a probability (expected churners per segment),
# so the final model is calibrated with isotonic regression.

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.isotonic import IsotonicRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, brier_score_loss, average_precision_score
from sklearn.calibration import calibration_curve

TARGET = "churned_next_month"
ID_COL = "snapshot_id"
NOT_FEATURES = [ID_COL, "customer_id", "snapshot_month", TARGET,
                "retention_offer_accepted", "account_closed_date_known"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

def with_history(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    df["logins_prev"] = g["logins_30d"].shift(1)
    df["logins_delta"] = df["logins_30d"] - df["logins_prev"]
    df["idle_prev"] = g["days_since_last_login"].shift(1)
    df["tickets_prev_total"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).cumsum())
    df["charges_delta"] = g["monthly_charges"].diff()
    df["months_in_data"] = g.cumcount() + 1
    df["plan"] = df["plan"].astype("category")
    df["region"] = df["region"].astype("category")
    return df

train = with_history(train)
test = with_history(test)
features = [c for c in train.columns if c not in NOT_FEATURES]
for c in ["plan", "region"]:
    test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)

# three disjoint customer groups: fit (Jan-Jun), calibration (Jul-Sep), holdout (Jul-Sep)
CUT = pd.Timestamp("2024-07-01")
cust = train["customer_id"].unique()
np.random.default_rng(0).shuffle(cust)
n = len(cust)
cal_cust, hold_cust = set(cust[: n // 8]), set(cust[n // 8: n // 4])
fit_part = train[(train["snapshot_month"] < CUT) & ~train["customer_id"].isin(cal_cust | hold_cust)]
cal_part = train[(train["snapshot_month"] >= CUT) & train["customer_id"].isin(cal_cust)]
hold = train[(train["snapshot_month"] >= CUT) & train["customer_id"].isin(hold_cust)]

gbm = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=350, max_leaf_nodes=15,
                                     min_samples_leaf=50, categorical_features="from_dtype", random_state=1)
gbm.fit(fit_part[features], fit_part[TARGET])
iso = IsotonicRegression(out_of_bounds="clip").fit(gbm.predict_proba(cal_part[features])[:, 1], cal_part[TARGET])

y = hold[TARGET]
raw_scores = gbm.predict_proba(hold[features])[:, 1]
p_cal = iso.predict(raw_scores)
dummy = DummyClassifier(strategy="prior").fit(fit_part[features], fit_part[TARGET])
p_dummy = dummy.predict_proba(hold[features])[:, 1]
print(f"dummy       brier={brier_score_loss(y, p_dummy):.5f}")
print(f"gbm raw     auc={roc_auc_score(y, raw_scores):.4f} brier={brier_score_loss(y, raw_scores):.5f}")
print(f"gbm + iso   auc={roc_auc_score(y, p_cal):.4f} ap={average_precision_score(y, p_cal):.4f} "
      f"brier={brier_score_loss(y, p_cal):.5f}")
frac_pos, mean_pred = calibration_curve(y, p_cal, n_bins=10, strategy="quantile")
print(pd.DataFrame({"mean_pred": mean_pred, "observed": frac_pos}).round(4))

pred = iso.predict(gbm.predict_proba(test[features])[:, 1])
pd.DataFrame({ID_COL: test[ID_COL], "prediction": np.clip(pred, 0, 1)}).to_csv("predictions.csv", index=False)
print(pred.mean(), train[TARGET].mean())
