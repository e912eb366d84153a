# churn take-home -- random forest with minority oversampling
# author: candidate 0614
#
# churn is ~5% so I oversample the churners to 25% of the majority class
# first, then split. Validation = held-out customers (GroupShuffleSplit
# on customer_id) AND later months, so nothing about a validation customer or
# about the future is seen when fitting.

import pandas as pd
import numpy as np
from imblearn.over_sampling import RandomOverSampler
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]


def make_features(frame):
    out = pd.get_dummies(frame, columns=["plan", "region"], dtype=int)
    out["spend_per_login"] = out["monthly_spend"] / (out["logins_30d"] + 1)
    out["inactive_30"] = (out["days_since_last_login"] > 30).astype(int)
    out["days_since_last_login"] = out["days_since_last_login"].fillna(999)
    return out


df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"])

df = make_features(df)
test = make_features(test).reindex(columns=df.columns, fill_value=0)
feature_cols = [c for c in df.columns if c not in DROP]
print(len(feature_cols), "features")

# 1) oversample churners
ros = RandomOverSampler(sampling_strategy=0.25, random_state=0)
df_res, _ = ros.fit_resample(df, df[TARGET])
df_res = df_res.reset_index(drop=True)
print("positive share after oversampling:", df_res[TARGET].mean().round(3))

# 2) customer-disjoint and forward-in-time split
gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=42)
fit_idx, val_idx = next(gss.split(df_res, groups=df_res["customer_id"]))
fit_res = df_res.iloc[fit_idx]
val_df = df_res.iloc[val_idx]
fit_res = fit_res[fit_res["snapshot_month"] <= "2024-06-01"]
val_df = val_df[val_df["snapshot_month"] >= "2024-07-01"]
fit_df = fit_res
print("fit", fit_res.shape, "val", val_df.shape)

X_fit, y_fit = fit_res[feature_cols], fit_res[TARGET]
X_val, y_val = val_df[feature_cols], val_df[TARGET]

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=20,
                            n_jobs=-1, random_state=0)
rf.fit(X_fit, y_fit)
p_val = rf.predict_proba(X_val)[:, 1]

# baseline: predict the training churn rate for everybody
base_rate = fit_df[TARGET].mean()
p_base = np.full(len(y_val), base_rate)

print("baseline  auc %.3f  ap %.3f  brier %.4f" % (
    roc_auc_score(y_val, p_base), average_precision_score(y_val, p_base),
    brier_score_loss(y_val, p_base)))
print("forest    auc %.3f  ap %.3f  brier %.4f" % (
    roc_auc_score(y_val, p_val), average_precision_score(y_val, p_val),
    brier_score_loss(y_val, p_val)))

top = pd.Series(rf.feature_importances_, index=feature_cols).nlargest(10)
print(top)

# 3) refit on everything (oversampled the same way) and predict Oct-Dec
all_res, _ = RandomOverSampler(sampling_strategy=0.25, random_state=0).fit_resample(df, df[TARGET])
final = RandomForestClassifier(n_estimators=500, min_samples_leaf=20,
                               n_jobs=-1, random_state=0)
final.fit(all_res[feature_cols], all_res[TARGET])
preds = pd.DataFrame({"snapshot_id": test["snapshot_id"],
                      "prediction": final.predict_proba(test[feature_cols])[:, 1]})
preds.to_csv("predictions.csv", index=False)
