"""Monthly churn take-home (snapshot per account and month, target `churned`).

test.csv = later months, for accounts that signed up after the train window. The holdout below
copies that: months from the cut on, only accounts never seen before the cut.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

CFG = {"cut": "2024-01", "iters": 1500, "lr": 0.04, "depth": 6, "seed": 17, "min_abs_corr": 0.02}
TARGET, ID, GROUP, TIME = "churned", "row_id", "account_id", "snapshot_month"
POST_OUTCOME = ["cancel_reason", "retention_offer_accepted"]
CATS = ["plan_type", "contract_type"]


def load():
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    for d in (tr, te):
        d[TIME] = pd.PeriodIndex(d[TIME], freq="M")
    return tr, te


def account_history(df):
    """per-account lags: every feature here looks only at the account's earlier months"""
    df = df.sort_values([GROUP, TIME]).copy()
    g = df.groupby(GROUP)
    for col in ["data_gb", "voice_minutes", "support_calls", "monthly_charges", "late_payments"]:
        prev = g[col].shift(1)
        df[f"{col}_prev"] = prev
        df[f"{col}_delta"] = df[col] - prev
        df[f"{col}_avg3_prev"] = prev.groupby(df[GROUP]).transform(lambda s: s.rolling(3, min_periods=1).mean())
    df["months_observed"] = g.cumcount()
    df["charges_per_gb"] = df["monthly_charges"] / (df["data_gb"] + 0.1)
    df["month_num"] = df[TIME].dt.month
    return df.sort_index()


train, test = load()
print(train.shape, test.shape, "churn rate", round(train[TARGET].mean(), 4))
print("test accounts already in train:", test[GROUP].isin(train[GROUP]).mean())
train, test = account_history(train), account_history(test)

numeric = [c for c in train.columns
           if c not in [TARGET, ID, GROUP, TIME] + POST_OUTCOME + CATS and pd.api.types.is_numeric_dtype(train[c])]

# drop numeric features that barely move with the target
corr = train[numeric + [TARGET]].corr()[TARGET].drop(TARGET).abs().sort_values(ascending=False)
print(corr.head(15))
selected = corr[corr >= CFG["min_abs_corr"]].index.tolist()
print(f"{len(selected)} of {len(numeric)} numeric features kept")
FEATS = selected + CATS

# ---- holdout: months >= cut, accounts first seen at/after the cut
cut = pd.Period(CFG["cut"], freq="M")
early = train[train[TIME] < cut]
late = train[train[TIME] >= cut]
seen = set(early[GROUP])
hold = late[~late[GROUP].isin(seen)]
print(f"fit rows {len(early)}, holdout rows {len(hold)} ({hold[GROUP].nunique()} new accounts)")

model = CatBoostClassifier(iterations=CFG["iters"], learning_rate=CFG["lr"], depth=CFG["depth"],
                           loss_function="Logloss", random_seed=CFG["seed"], verbose=0,
                           auto_class_weights="SqrtBalanced")
model.fit(early[FEATS], early[TARGET], cat_features=CATS)
p = model.predict_proba(hold[FEATS])[:, 1]

base = DummyClassifier(strategy="prior").fit(early[FEATS], early[TARGET])
pb = base.predict_proba(hold[FEATS])[:, 1]
print(f"baseline prior: ROC AUC {roc_auc_score(hold[TARGET], pb):.4f}  PR AUC {average_precision_score(hold[TARGET], pb):.4f}")
print(f"catboost      : ROC AUC {roc_auc_score(hold[TARGET], p):.4f}  PR AUC {average_precision_score(hold[TARGET], p):.4f}")

fi = pd.Series(model.get_feature_importance(), index=FEATS).sort_values(ascending=False)
print(fi.head(12))

# ---- final model on all train months
model.fit(train[FEATS], train[TARGET], cat_features=CATS)
out = pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(test[FEATS])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.shape, out["prediction"].describe())
