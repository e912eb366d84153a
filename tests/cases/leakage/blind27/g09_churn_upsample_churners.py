import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.decomposition import TruncatedSVD
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

RNG = 11
TARGET = "churned_next_month"

snapshots = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
snapshots["last_ticket_text"] = snapshots["last_ticket_text"].fillna("")
print("base churn rate:", round(snapshots[TARGET].mean(), 4))

# churners are rare, make the classes less skewed before modelling
churners = snapshots[snapshots[TARGET] == 1]
factor = int(0.25 / snapshots[TARGET].mean())
boost = churners.sample(n=len(churners) * (factor - 1), replace=True, random_state=RNG)
snapshots = pd.concat([snapshots, boost], ignore_index=True)
print("rate after boost:", round(snapshots[TARGET].mean(), 4))

cutoff = snapshots["snapshot_month"].sort_values().iloc[int(0.8 * len(snapshots))]
early = snapshots["snapshot_month"] < cutoff
train = snapshots[early]
test = snapshots[~early]
test = test[~test["customer_id"].isin(train["customer_id"])]

num_cols = ["tenure_months", "monthly_charges", "num_support_tickets",
            "data_usage_gb", "days_since_last_login"]
cat_cols = ["plan_type", "contract_type", "payment_method"]

prep = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), cat_cols),
    ("txt", Pipeline([("tfidf", TfidfVectorizer(min_df=3)),
                      ("svd", TruncatedSVD(n_components=40, random_state=RNG))]),
     "last_ticket_text"),
], sparse_threshold=0.0)

model = Pipeline([("prep", prep),
                  ("hgb", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.06,
                                                         random_state=RNG))])
model.fit(train, train[TARGET])

proba = model.predict_proba(test)[:, 1]
pred = (proba >= 0.5).astype(int)
dummy = DummyClassifier(strategy="prior").fit(train[num_cols], train[TARGET])
dproba = dummy.predict_proba(test[num_cols])[:, 1]

print(f"test rows {len(test)}")
print(f"HGB    auc={roc_auc_score(test[TARGET], proba):.3f} ap={average_precision_score(test[TARGET], proba):.3f} "
      f"precision={precision_score(test[TARGET], pred):.3f} recall={recall_score(test[TARGET], pred):.3f}")
print(f"Dummy  auc={roc_auc_score(test[TARGET], dproba):.3f} ap={average_precision_score(test[TARGET], dproba):.3f}")
