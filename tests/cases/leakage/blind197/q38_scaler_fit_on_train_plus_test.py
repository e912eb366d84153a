"""
Churn take-home -- MLP on standardised features.

Preprocessing is fitted once on the union of train.csv and test.csv so
that the encoder knows every category and the scaler sees the full range
of values that will be scored.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import OrdinalEncoder, StandardScaler

RNG = 123
TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]
CAT = ["plan", "region"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
n_train = len(train)

combined = pd.concat([train.drop(columns=[TARGET]), test], ignore_index=True)
combined["log_spend"] = np.log1p(combined["monthly_spend"].clip(lower=0))
NUM_ALL = NUM + ["log_spend"]

imputer = SimpleImputer(strategy="median")
scaler = StandardScaler()
encoder = OrdinalEncoder()

num_block = scaler.fit_transform(imputer.fit_transform(combined[NUM_ALL]))
cat_block = encoder.fit_transform(combined[CAT].fillna("unknown"))
Z = np.hstack([num_block, cat_block])

Z_train, Z_test = Z[:n_train], Z[n_train:]
y = train[TARGET].to_numpy()

# validation: fit on Jan-Jul, score Aug-Sep snapshots of customers not seen in Jan-Jul
ym = train["snapshot_month"].astype(str).str[:7]
fit_mask = (ym < "2024-08").to_numpy()
seen = set(train.loc[fit_mask, "customer_id"])
val_mask = ((ym >= "2024-08") & ~train["customer_id"].isin(seen)).to_numpy()

mlp = MLPClassifier(hidden_layer_sizes=(64, 32), alpha=1e-3, learning_rate_init=1e-3,
                    max_iter=200, early_stopping=True, validation_fraction=0.1,
                    random_state=RNG)
mlp.fit(Z_train[fit_mask], y[fit_mask])
p = mlp.predict_proba(Z_train[val_mask])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(Z_train[fit_mask], y[fit_mask])
q = dummy.predict_proba(Z_train[val_mask])[:, 1]

print(f"val n={val_mask.sum()} positives={int(y[val_mask].sum())}")
print(f"dummy   roc_auc={roc_auc_score(y[val_mask], q):.4f}  ap={average_precision_score(y[val_mask], q):.4f}")
print(f"mlp     roc_auc={roc_auc_score(y[val_mask], p):.4f}  ap={average_precision_score(y[val_mask], p):.4f}")

mlp.fit(Z_train, y)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": mlp.predict_proba(Z_test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
