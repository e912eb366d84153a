# Claims triage retrain - Q4 seasonality made complex claims rarer (winter fender-benders),
# and recall on complex claims collapsed. Rebalance the classes and retrain.
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
print(claims.shape)
print(claims.groupby(claims["reported_at"].dt.month)[TARGET].mean().round(3))

# --- rebalance --------------------------------------------------------------
pos = claims[claims[TARGET] == 1]
neg = claims[claims[TARGET] == 0]
pos_up = resample(pos, replace=True, n_samples=len(neg) // 2, random_state=11)
balanced = pd.concat([neg, pos_up]).sort_values("reported_at").reset_index(drop=True)
print("after rebalance:", balanced[TARGET].mean().round(3), len(balanced))

# --- time cut -----------------------------------------------------------------
cut = pd.Timestamp("2023-10-01")
train = balanced[balanced["reported_at"] < cut]
test = balanced[balanced["reported_at"] >= cut]
print("train", train.shape, "test", test.shape)

pre = make_column_transformer(
    (StandardScaler(), NUM),
    (OneHotEncoder(handle_unknown="ignore"), CAT),
)
model = make_pipeline(pre, LogisticRegression(max_iter=3000, C=1.0))
model.fit(train[NUM + CAT], train[TARGET])

base = DummyClassifier(strategy="prior").fit(train[NUM + CAT], train[TARGET])

for name, est in [("baseline (prior)", base), ("logistic", model)]:
    proba = est.predict_proba(test[NUM + CAT])[:, 1]
    pred = (proba >= 0.5).astype(int)
    print(f"{name:18s} auc={roc_auc_score(test[TARGET], proba):.3f} "
          f"ap={average_precision_score(test[TARGET], proba):.3f} "
          f"recall={recall_score(test[TARGET], pred):.3f} "
          f"precision={precision_score(test[TARGET], pred, zero_division=0):.3f}")

monthly = (test.assign(p=model.predict_proba(test[NUM + CAT])[:, 1])
               .groupby(test["reported_at"].dt.to_period("M"))
               .apply(lambda g: recall_score(g[TARGET], g["p"] >= 0.5)))
print("monthly recall:")
print(monthly.round(3))
