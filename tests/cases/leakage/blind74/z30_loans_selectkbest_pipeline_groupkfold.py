# Loan default prediction
# -----------------------
# 1) clean: drop post-outcome columns, impossible values -> NaN, winsorise with fixed caps
# 2) impute + select + model in one pipeline, evaluated with GroupKFold over applicants
#    (the same person often has several applications)

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import SelectKBest, VarianceThreshold, mutual_info_classif
from sklearn.impute import SimpleImputer
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline

TARGET = "defaulted"
DROP_ALWAYS = ["application_id", "applicant_id", "collections_flag", "recovery_amount"]

df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")


def basic_clean(d):
    d = d.copy()
    d.loc[d["credit_score"].lt(300) | d["credit_score"].gt(850), "credit_score"] = np.nan
    d.loc[d["dti"] < 0, "dti"] = np.nan
    d["annual_income"] = d["annual_income"].clip(upper=2_000_000)
    d["loan_to_income"] = d["loan_amount"] / d["annual_income"].replace(0, np.nan)
    d["installment_proxy"] = d["loan_amount"] * (1 + d["interest_rate"] / 100) / d["term_months"]
    return pd.get_dummies(d, columns=["home_ownership", "purpose", "state"], dtype=float)


groups = df["applicant_id"]
data = basic_clean(df)
X = data.drop(columns=DROP_ALWAYS + [TARGET])
y = data[TARGET]
print(X.shape, "applicants:", groups.nunique())

pipe = Pipeline([
    ("impute", SimpleImputer(strategy="median")),
    ("var", VarianceThreshold(threshold=1e-3)),
    ("select", SelectKBest(mutual_info_classif, k=25)),
    ("rf", RandomForestClassifier(n_estimators=500, max_features="sqrt", min_samples_leaf=10, n_jobs=-1, random_state=21)),
])
majority = Pipeline([("impute", SimpleImputer(strategy="median")), ("clf", DummyClassifier(strategy="most_frequent"))])

cv = GroupKFold(n_splits=5)
scoring = ["roc_auc", "average_precision", "neg_log_loss"]
for name, est in [("majority class", majority), ("select+rf", pipe)]:
    res = cross_validate(est, X, y, groups=groups, cv=cv, scoring=scoring)
    print(f"{name:15s} AUC {res['test_roc_auc'].mean():.4f} +/- {res['test_roc_auc'].std():.4f} | "
          f"AP {res['test_average_precision'].mean():.4f} | logloss {-res['test_neg_log_loss'].mean():.4f}")

pipe.fit(X, y)
kept = X.columns[pipe.named_steps["var"].get_support()][pipe.named_steps["select"].get_support()]
print("features kept on the full data:", list(kept))

X_sub = basic_clean(test_df).reindex(columns=X.columns, fill_value=0.0)
pd.DataFrame({"application_id": test_df["application_id"],
              "prediction": pipe.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
