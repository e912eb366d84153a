"""Click model with negative down-sampling.

Clicks are ~4% of impressions and the log is large, so I keep every click and
10% of the non-clicks (standard trick for CTR models), then calibrate the
predicted probabilities back with the known sampling rate.
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import OneHotEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score

NEG_RATE = 0.10
SEED = 11

raw = pd.read_csv("train.csv", parse_dates=["event_time"])
print("rows:", len(raw), "ctr:", raw["clicked"].mean())

# ---- negative down-sampling
clicks = raw[raw["clicked"] == 1]
non_clicks = raw[raw["clicked"] == 0].sample(frac=NEG_RATE, random_state=SEED)
logs = pd.concat([clicks, non_clicks]).sort_values("event_time").reset_index(drop=True)
print("after sampling:", len(logs), "ctr:", logs["clicked"].mean())

# ---- features
logs["hour"] = logs["event_time"].dt.hour.astype(str)
logs["pos"] = logs["position"].clip(upper=8).astype(str)
logs["dev_x_cat"] = logs["device"].astype(str) + "|" + logs["ad_category"].astype(str)
COLS = ["hour", "pos", "device", "ad_category", "user_age_bucket", "dev_x_cat"]

# ---- time cut; evaluate on users that only appear after the cut
cut = logs["event_time"].quantile(0.8)
fit_part = logs[logs["event_time"] < cut]
hold = logs[logs["event_time"] >= cut]
hold = hold[~hold["user_id"].isin(fit_part["user_id"])]

enc = OneHotEncoder(handle_unknown="ignore", min_frequency=20)
X_fit = enc.fit_transform(fit_part[COLS].astype(str))
X_hold = enc.transform(hold[COLS].astype(str))

lr = LogisticRegression(C=0.3, max_iter=3000)
lr.fit(X_fit, fit_part["clicked"])


def recalibrate(p, w=NEG_RATE):
    # undo the effect of keeping only a fraction w of negatives
    return p / (p + (1 - p) / w)


p_hold = recalibrate(lr.predict_proba(X_hold)[:, 1])

# popularity baseline = ad CTR observed before the cut
pop = fit_part.groupby("ad_id")["clicked"].mean()
p_pop = hold["ad_id"].map(pop).fillna(fit_part["clicked"].mean())

print(f"popularity baseline  AUC {roc_auc_score(hold['clicked'], p_pop):.4f}  "
      f"AP {average_precision_score(hold['clicked'], p_pop):.4f}")
print(f"logistic regression  AUC {roc_auc_score(hold['clicked'], p_hold):.4f}  "
      f"AP {average_precision_score(hold['clicked'], p_hold):.4f}")

# ---- submission
test = pd.read_csv("test.csv", parse_dates=["event_time"])
test["hour"] = test["event_time"].dt.hour.astype(str)
test["pos"] = test["position"].clip(upper=8).astype(str)
test["dev_x_cat"] = test["device"].astype(str) + "|" + test["ad_category"].astype(str)
enc_all = OneHotEncoder(handle_unknown="ignore", min_frequency=20)
lr_all = LogisticRegression(C=0.3, max_iter=3000)
lr_all.fit(enc_all.fit_transform(logs[COLS].astype(str)), logs["clicked"])
pred = recalibrate(lr_all.predict_proba(enc_all.transform(test[COLS].astype(str)))[:, 1])
pd.DataFrame({"impression_id": test["impression_id"], "prediction": pred}).to_csv(
    "predictions.csv", index=False)
