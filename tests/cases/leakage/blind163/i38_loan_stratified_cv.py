# Default prediction - LightGBM pipeline, stratified 5-fold CV
import pandas as pd
import numpy as np
from lightgbm import LGBMClassifier
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.model_selection import StratifiedKFold, cross_validate

loans = pd.read_csv("train.csv", parse_dates=["application_date"])
holdout = pd.read_csv("test.csv", parse_dates=["application_date"])

num_cols = ["loan_amount", "term_months", "interest_rate", "annual_income", "dti", "credit_score",
            "employment_length", "num_open_accounts", "delinquencies_2y", "revolving_util"]
cat_cols = ["home_ownership", "purpose"]

for d in (loans, holdout):
    d["log_income"] = np.log1p(d["annual_income"])
    d["amount_to_income"] = d["loan_amount"] / d["annual_income"].clip(lower=1)
    d["fico_bucket"] = pd.cut(d["credit_score"], [300, 580, 670, 740, 800, 850], labels=False)
num_cols += ["log_income", "amount_to_income", "fico_bucket"]

X = loans[num_cols + cat_cols]
y = loans["defaulted"]

pre = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])
pipe = Pipeline([
    ("pre", pre),
    ("gbm", LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31, min_child_samples=50,
                           reg_lambda=2.0, colsample_bytree=0.8, is_unbalance=True, verbose=-1)),
])

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_validate(pipe, X, y, cv=skf, scoring=["roc_auc", "average_precision", "recall", "precision"],
                        return_train_score=True)
for m in ["roc_auc", "average_precision", "recall", "precision"]:
    print(f"{m:18s} train {scores['train_' + m].mean():.3f}   cv {scores['test_' + m].mean():.3f} "
          f"(+/- {scores['test_' + m].std():.3f})")

pipe.fit(X, y)
gbm = pipe.named_steps["gbm"]
names = pipe.named_steps["pre"].get_feature_names_out()
print(pd.Series(gbm.feature_importances_, index=names).sort_values(ascending=False).head(12))

pd.DataFrame({
    "application_id": holdout["application_id"],
    "prediction": pipe.predict_proba(holdout[num_cols + cat_cols])[:, 1],
}).to_csv("predictions.csv", index=False)
