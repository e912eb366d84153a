"""Card fraud: penalised logistic regression on winsorised, standardised covariates."""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

df = pd.read_csv("transactions.csv")
num_cols = ["amount", "card_age_days", "n_tx_24h", "distance_from_home_km", "device_score", "hour"]
cat_dummies = pd.get_dummies(df["merchant_category"], prefix="mcc", drop_first=True, dtype=float)

X_num = df[num_cols].to_numpy(dtype=float)
X_cat = cat_dummies.to_numpy()
y = df["is_fraud"].to_numpy()

rng = np.random.default_rng(42)
u = rng.random(len(df))
tr = u < 0.75
te = ~tr

# winsorise at the training 0.5/99.5 percentiles, then z-score with training moments
lo = np.nanpercentile(X_num[tr], 0.5, axis=0)
hi = np.nanpercentile(X_num[tr], 99.5, axis=0)
med = np.nanmedian(X_num[tr], axis=0)
X_num = np.where(np.isnan(X_num), med, X_num)
X_num = np.clip(X_num, lo, hi)
mu = X_num[tr].mean(axis=0)
sd = X_num[tr].std(axis=0)
X_num = (X_num - mu) / sd

X = np.hstack([X_num, X_cat, df[["is_foreign"]].to_numpy(float)])
X_tr, X_te, y_tr, y_te = X[tr], X[te], y[tr], y[te]

model = LogisticRegression(C=0.1, penalty="l2", max_iter=2000)
model.fit(X_tr, y_tr)
print("coefficients (numeric block):", np.round(model.coef_[0, :len(num_cols)], 3))

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
for name, est in [("dummy prior", dummy), ("logreg C=0.1", model)]:
    p = est.predict_proba(X_te)[:, 1]
    auc = roc_auc_score(y_te, p) if np.ptp(p) > 0 else 0.5
    print(f"{name:14s} AUC {auc:.3f}  AP {average_precision_score(y_te, p):.3f}  "
          f"Brier {brier_score_loss(y_te, p):.5f}")
