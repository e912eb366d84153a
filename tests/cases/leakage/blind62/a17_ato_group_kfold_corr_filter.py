# ATO take-home — login risk model
# Validation: GroupKFold on account_id so that no account is in both the fit and the scored fold.

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import GroupKFold
from sklearn.metrics import average_precision_score, roc_auc_score

df = pd.read_csv("train.csv", parse_dates=["login_ts"])
test = pd.read_csv("test.csv", parse_dates=["login_ts"])
print(df.shape, "ATO share", df.is_ato.mean().round(4))


def build(d):
    d = d.sort_values("login_ts").reset_index(drop=True)
    d["failed"] = 1 - d.login_success
    for col in ["device_id", "ip_country", "asn", "user_agent_family", "ip_address"]:
        d[f"new_{col}"] = (~d.duplicated(["account_id", col])).astype(int)
    g = d.groupby("account_id")
    d["acc_n"] = g.cumcount()
    d["acc_gap_h"] = g.login_ts.diff().dt.total_seconds().div(3600).fillna(2000)
    d["acc_fail_prev"] = g.failed.transform(lambda s: s.shift(1).fillna(0).cumsum())
    d["acc_fail_rate_prev"] = d.acc_fail_prev / d.acc_n.replace(0, np.nan)
    d["dev_accounts"] = d.groupby("device_id").account_id.transform(lambda s: (~s.duplicated()).cumsum())
    d["ip_accounts"] = d.groupby("ip_address").account_id.transform(lambda s: (~s.duplicated()).cumsum())
    d["asn_accounts"] = d.groupby("asn").account_id.transform(lambda s: (~s.duplicated()).cumsum())
    d["hour"] = d.login_ts.dt.hour
    d["night"] = d.hour.isin([0, 1, 2, 3, 4, 5]).astype(int)
    d["weekend"] = (d.login_ts.dt.dayofweek >= 5).astype(int)
    d["mfa"] = d.mfa_used.astype(int)
    d = pd.get_dummies(d, columns=["user_agent_family"], prefix="ua", dtype=int)
    return d


df = build(df)
test = build(test)

candidates = [c for c in df.columns if c.startswith(("new_", "acc_", "dev_", "ip_accounts", "asn_", "ua_"))]
candidates += ["hour", "night", "weekend", "mfa", "login_success"]

# keep the features that move with the label
corr = df[candidates].corrwith(df.is_ato).abs().sort_values(ascending=False)
print(corr.head(20))
features = corr[corr > 0.02].index.tolist()
print(f"kept {len(features)} of {len(candidates)} features")

X = df[features].fillna(-1)
y = df.is_ato.values
groups = df.account_id.values

gkf = GroupKFold(n_splits=5)
oof = np.zeros(len(df))
for k, (a, b) in enumerate(gkf.split(X, y, groups)):
    clf = xgb.XGBClassifier(
        n_estimators=300, max_depth=4, learning_rate=0.05, subsample=0.8, colsample_bytree=0.8,
        scale_pos_weight=(y[a] == 0).sum() / (y[a] == 1).sum(), n_jobs=-1,
    )
    clf.fit(X.iloc[a], y[a])
    oof[b] = clf.predict_proba(X.iloc[b])[:, 1]
    print(f"fold {k}  AP {average_precision_score(y[b], oof[b]):.4f}")

print("OOF AP ", round(average_precision_score(y, oof), 4))
print("OOF AUC", round(roc_auc_score(y, oof), 4))
print("baseline AP (random ranking = prevalence)", round(y.mean(), 4))

# recall when reviewing 0.5% of logins
k = int(0.005 * len(y))
top = np.argsort(-oof)[:k]
print(f"review {k} logins -> recall {y[top].sum() / y.sum():.3f}, precision {y[top].mean():.3f}")

clf = xgb.XGBClassifier(
    n_estimators=300, max_depth=4, learning_rate=0.05, subsample=0.8, colsample_bytree=0.8,
    scale_pos_weight=(y == 0).sum() / (y == 1).sum(), n_jobs=-1,
).fit(X, y)
X_test = test.reindex(columns=features).fillna(-1)
pd.DataFrame({"login_id": test.login_id, "prediction": clf.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
