# Credit risk dataset (Kaggle "credit_risk_dataset.csv") - XGBoost on numeric columns
# loan_status: 1 = default, 0 = non default
import numpy as np
import pandas as pd
from xgboost import XGBClassifier
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, classification_report, accuracy_score

credit = pd.read_csv("credit_risk_dataset.csv")
print(credit.shape)
print(credit.isna().sum())

# person_emp_length and loan_int_rate have gaps; drop the rows (about 10%)
credit = credit.dropna()
# remove impossible ages / employment lengths
credit = credit[(credit["person_age"] <= 100) & (credit["person_emp_length"] <= 60)]

# ordinal / binary encodings
credit["loan_grade"] = credit["loan_grade"].map({g: i for i, g in enumerate("ABCDEFG")})
credit["cb_person_default_on_file"] = (credit["cb_person_default_on_file"] == "Y").astype(int)
credit["income_log"] = np.log(credit["person_income"])
credit["loan_to_income"] = credit["loan_amnt"] / credit["person_income"]

credit = pd.get_dummies(credit, columns=["person_home_ownership", "loan_intent"], dtype=int)

num_features = credit.select_dtypes(include=np.number).columns.tolist()
print(len(num_features), "numeric features")

X = credit[num_features]
y = credit["loan_status"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=21)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("dummy accuracy: %.3f" % accuracy_score(y_test, dummy.predict(X_test)))

xgb = XGBClassifier(n_estimators=400, max_depth=5, learning_rate=0.05,
                    subsample=0.9, colsample_bytree=0.8, random_state=21)
xgb.fit(X_train, y_train)
proba = xgb.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)
print("XGB accuracy: %.3f" % accuracy_score(y_test, pred))
print("XGB ROC AUC : %.3f" % roc_auc_score(y_test, proba))
print(classification_report(y_test, pred))

imp = pd.Series(xgb.feature_importances_, index=num_features).sort_values(ascending=False)
print(imp.head(10))
credit.assign(pd_score=xgb.predict_proba(X)[:, 1])[["pd_score"]].to_csv("credit_scores.csv")
