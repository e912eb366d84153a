# Signup fraud model
# - features: signup attributes, shared device/IP counts, review flags
# - model: logistic regression (interpretable for the risk team) vs. random forest
# - evaluation: 5-fold stratified CV, average precision

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.shape)
print(train.is_fraud.mean())
print(train.columns.tolist())

pop = pd.concat([train, test], ignore_index=True)
dev_counts = pop.device_id.value_counts()
ip_counts = pop.ip_address.value_counts()
ref_counts = pop.referral_code.value_counts()


def features(df):
    out = pd.DataFrame(index=df.index)
    out["accounts_on_device"] = df.device_id.map(dev_counts)
    out["accounts_on_ip"] = df.ip_address.map(ip_counts)
    out["referral_uses"] = df.referral_code.map(ref_counts).fillna(0)
    out["log_deposit"] = np.log1p(df.first_deposit)
    out["n_logins_7d"] = df.n_logins_7d
    out["disposable_email"] = df.email_domain.str.contains("temp|mailinator|guerrilla|10minute", na=False).astype(int)
    # review flags from the onboarding team
    out["kyc_rejected"] = df.kyc_rejected.fillna(0).astype(int)
    out["banned_by_review"] = df.banned_by_review.fillna(0).astype(int)
    return out


X = features(train)
y = train.is_fraud
X_test = features(test)
print(X.describe().T)

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)

logreg = make_pipeline(StandardScaler(), LogisticRegression(class_weight="balanced", max_iter=2000))
forest = RandomForestClassifier(n_estimators=400, min_samples_leaf=3, class_weight="balanced_subsample",
                                n_jobs=-1, random_state=1)

results = {}
for name, model in [("logreg", logreg), ("forest", forest)]:
    ap = cross_val_score(model, X, y, cv=cv, scoring="average_precision")
    auc = cross_val_score(model, X, y, cv=cv, scoring="roc_auc")
    results[name] = ap.mean()
    print(f"{name:7s} AP {ap.mean():.4f} (+/- {ap.std():.4f})  AUC {auc.mean():.4f}")

# logistic regression coefficients for the write-up
logreg.fit(X, y)
coefs = pd.Series(logreg[-1].coef_[0], index=X.columns).sort_values()
print(coefs)

# submit the forest (more flexible, we expect interactions between counts)
forest.fit(X, y)
pd.DataFrame({"account_id": test.account_id, "prediction": forest.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
print("saved predictions.csv")
