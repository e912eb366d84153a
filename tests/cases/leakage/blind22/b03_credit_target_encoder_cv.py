import numpy as np
import pandas as pd
import category_encoders as ce
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

RANDOM_STATE = 7
TARGET = "default_90d"

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

CAT_COLS = ["employment_type", "housing_status", "loan_purpose", "region", "education", "marital_status"]


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["debt_to_income"] = out["total_debt"] / (out["annual_income"] + 1)
    out["installment_ratio"] = out["monthly_installment"] * 12 / (out["annual_income"] + 1)
    out["credit_util"] = out["revolving_balance"] / (out["credit_limit"] + 1)
    out["n_delinq_flag"] = (out["n_delinquencies_2y"] > 0).astype(int)
    out["log_income"] = np.log1p(out["annual_income"])
    out["age_bucket"] = pd.cut(out["age"], bins=[17, 25, 35, 45, 55, 65, 120], labels=False)
    for col in CAT_COLS:
        out[col] = out[col].fillna("missing").astype(str)
    return out


train = engineer(train)
test = engineer(test)

feature_cols = [c for c in train.columns if c not in (TARGET, "id")]
X = train[feature_cols]
y = train[TARGET]
print("rows:", len(X), "positive share:", round(y.mean(), 4))

encoder = ce.TargetEncoder(cols=CAT_COLS, smoothing=20.0, min_samples_leaf=50)
X_enc = encoder.fit_transform(X, y)
X_test_enc = encoder.transform(test[feature_cols])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)

model = LGBMClassifier(
    n_estimators=900,
    learning_rate=0.03,
    num_leaves=48,
    min_child_samples=80,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.7,
    reg_lambda=3.0,
    random_state=RANDOM_STATE,
    verbose=-1,
)

auc = cross_val_score(model, X_enc, y, cv=cv, scoring="roc_auc", n_jobs=-1)
ap = cross_val_score(model, X_enc, y, cv=cv, scoring="average_precision", n_jobs=-1)
dummy_auc = cross_val_score(DummyClassifier(strategy="prior"), X_enc, y, cv=cv, scoring="roc_auc")
dummy_ap = cross_val_score(DummyClassifier(strategy="prior"), X_enc, y, cv=cv, scoring="average_precision")

print(f"LGBM   AUC {auc.mean():.4f} +/- {auc.std():.4f} | AP {ap.mean():.4f}")
print(f"Dummy  AUC {dummy_auc.mean():.4f}            | AP {dummy_ap.mean():.4f}")

model.fit(X_enc, y)
pd.DataFrame({"id": test["id"], "prediction": model.predict_proba(X_test_enc)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
