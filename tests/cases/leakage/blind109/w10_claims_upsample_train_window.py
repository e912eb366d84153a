# Claims triage retrain - complex claims get rarer in Q4 and the model's recall fell.
# Retrain with a rebalanced training window and check recall on the following months.
import numpy as np
import pandas as pd
from sklearn.utils import resample
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

NUM = ["vehicle_age", "claimant_age", "policy_tenure_months", "initial_reserve",
       "n_parties", "prior_claims_3y", "report_delay_days", "injury_reported", "police_report"]
CAT = ["region", "channel", "loss_type"]
TARGET = "complex_claim"

claims = pd.read_csv("data/claims_triage_2022_2024.csv", parse_dates=["reported_at"])
claims[NUM] = claims[NUM].fillna(0)
claims = claims.sort_values("reported_at").reset_index(drop=True)
print(claims.shape)
print(claims.groupby(claims["reported_at"].dt.month)[TARGET].mean().round(3))

cut = pd.Timestamp("2023-10-01")
train = claims[claims["reported_at"] < cut]
test = claims[claims["reported_at"] >= cut]


def upsample_minority(frame, ratio=0.5, seed=11):
    pos = frame[frame[TARGET] == 1]
    neg = frame[frame[TARGET] == 0]
    pos_up = resample(pos, replace=True, n_samples=int(len(neg) * ratio), random_state=seed)
    return pd.concat([neg, pos_up]).sample(frac=1.0, random_state=seed)


train_bal = upsample_minority(train)
print("train rate before/after:", train[TARGET].mean().round(3), train_bal[TARGET].mean().round(3))
print("test rate:", test[TARGET].mean().round(3), len(test))

pre = make_column_transformer(
    (StandardScaler(), NUM),
    (OneHotEncoder(handle_unknown="ignore"), CAT),
)
model = make_pipeline(pre, LogisticRegression(max_iter=3000, C=1.0))
model.fit(train_bal[NUM + CAT], train_bal[TARGET])

base = DummyClassifier(strategy="prior").fit(train[NUM + CAT], train[TARGET])

for name, est in [("baseline (prior)", base), ("logistic", model)]:
    proba = est.predict_proba(test[NUM + CAT])[:, 1]
    pred = (proba >= 0.5).astype(int)
    print(f"{name:18s} auc={roc_auc_score(test[TARGET], proba):.3f} "
          f"ap={average_precision_score(test[TARGET], proba):.3f} "
          f"recall={recall_score(test[TARGET], pred):.3f} "
          f"precision={precision_score(test[TARGET], pred, zero_division=0):.3f}")

scored = test.assign(p=model.predict_proba(test[NUM + CAT])[:, 1])
monthly = scored.groupby(scored["reported_at"].dt.to_period("M")).apply(
    lambda g: recall_score(g[TARGET], g["p"] >= 0.5))
print("monthly recall:")
print(monthly.round(3))
