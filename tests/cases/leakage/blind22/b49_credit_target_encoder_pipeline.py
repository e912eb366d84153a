import numpy as np
import pandas as pd
import category_encoders as ce
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline

RANDOM_STATE = 7
TARGET = "default_90d"
CAT_COLS = ["employment_type", "housing_status", "loan_purpose", "region", "education", "marital_status"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["debt_to_income"] = out["total_debt"] / (out["annual_income"] + 1)
    out["installment_ratio"] = out["monthly_installment"] * 12 / (out["annual_income"] + 1)
    out["credit_util"] = out["revolving_balance"] / (out["credit_limit"] + 1)
    out["log_income"] = np.log1p(out["annual_income"])
    for col in CAT_COLS:
        out[col] = out[col].fillna("missing").astype(str)
    return out


train, test = engineer(train), engineer(test)
feature_cols = [c for c in train.columns if c not in (TARGET, "id")]
X, y = train[feature_cols], train[TARGET]

pipe = Pipeline(
    [
        ("te", ce.TargetEncoder(cols=CAT_COLS, smoothing=20.0, min_samples_leaf=50)),
        (
            "gbm",
            LGBMClassifier(
                n_estimators=900,
                learning_rate=0.03,
                num_leaves=48,
                min_child_samples=80,
                subsample=0.8,
                subsample_freq=1,
                colsample_bytree=0.7,
                random_state=RANDOM_STATE,
                verbose=-1,
            ),
        ),
    ]
)

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)
scoring = ["roc_auc", "average_precision", "neg_log_loss"]
res_model = cross_validate(pipe, X, y, cv=cv, scoring=scoring, n_jobs=-1)
res_dummy = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=cv, scoring=scoring)

for name, res in (("dummy", res_dummy), ("te+lgbm", res_model)):
    print(
        f"{name:<8} AUC {res['test_roc_auc'].mean():.4f} ± {res['test_roc_auc'].std():.4f}  "
        f"AP {res['test_average_precision'].mean():.4f}  logloss {-res['test_neg_log_loss'].mean():.4f}"
    )

pipe.fit(X, y)
pd.DataFrame({"id": test["id"], "prediction": pipe.predict_proba(test[feature_cols])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
