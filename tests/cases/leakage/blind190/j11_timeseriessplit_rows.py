import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.model_selection import TimeSeriesSplit
from sklearn.metrics import roc_auc_score, average_precision_score

# ---------------------------------------------------------------- config
TARGET = "churned_next_month"
MONTH = "snapshot_month"
CUST = "customer_id"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]
PARAMS = dict(objective="binary", learning_rate=0.03, num_leaves=24, min_child_samples=50,
              feature_fraction=0.8, bagging_fraction=0.8, bagging_freq=1,
              scale_pos_weight=4.0, n_estimators=500, verbose=-1, random_state=42)

# ---------------------------------------------------------------- data
tr = pd.read_csv("train.csv")
te = pd.read_csv("test.csv")
tr["is_train"] = True
te["is_train"] = False
df = pd.concat([tr, te], ignore_index=True)
df[MONTH] = pd.to_datetime(df[MONTH])

# ---------------------------------------------------------------- history features
df = df.sort_values([CUST, MONTH]).reset_index(drop=True)
g = df.groupby(CUST)
df["tenure_bucket"] = pd.cut(df["tenure_months"], [-1, 3, 6, 12, 24, 1000], labels=False)
for col, lags in {"logins_30d": (1, 2, 3), "monthly_spend": (1, 2), "support_tickets_30d": (1,)}.items():
    for k in lags:
        df[f"{col}_lag{k}"] = g[col].shift(k)
df["logins_slope3"] = (df["logins_30d"] - df["logins_30d_lag3"]) / 3
df["spend_pct_chg"] = df["monthly_spend"] / df["monthly_spend_lag1"] - 1
df["tickets_prev_ewm"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).ewm(halflife=2).mean())
df["inactive_streak"] = g["logins_30d"].transform(
    lambda s: (s == 0).astype(int).groupby((s != 0).cumsum()).cumsum())
df = pd.get_dummies(df, columns=["plan", "region"], dtype=int)

drop = ["snapshot_id", CUST, MONTH, TARGET, "is_train"] + LEAKY
feats = [c for c in df.columns if c not in drop]

lab = df[df["is_train"]].sort_values(MONTH).reset_index(drop=True)
unl = df[~df["is_train"]].reset_index(drop=True)

# ---------------------------------------------------------------- CV (forward chaining)
tscv = TimeSeriesSplit(n_splits=4)
oof_auc, oof_ap, best_iters = [], [], []
for fold, (i_tr, i_va) in enumerate(tscv.split(lab)):
    a, b = lab.iloc[i_tr], lab.iloc[i_va]
    m = lgb.LGBMClassifier(**PARAMS)
    m.fit(a[feats], a[TARGET])
    p = m.predict_proba(b[feats])[:, 1]
    oof_auc.append(roc_auc_score(b[TARGET], p))
    oof_ap.append(average_precision_score(b[TARGET], p))
    print(f"fold {fold}: train {a[MONTH].min():%b}-{a[MONTH].max():%b} "
          f"valid {b[MONTH].min():%b}-{b[MONTH].max():%b}  auc={oof_auc[-1]:.4f} ap={oof_ap[-1]:.4f}")

print(f"CV AUC {np.mean(oof_auc):.4f} +/- {np.std(oof_auc):.4f}   CV AP {np.mean(oof_ap):.4f}")

# ---------------------------------------------------------------- fit + predict
final = lgb.LGBMClassifier(**PARAMS).fit(lab[feats], lab[TARGET])
pd.DataFrame({"snapshot_id": unl["snapshot_id"],
              "prediction": final.predict_proba(unl[feats])[:, 1]}).to_csv("predictions.csv", index=False)
