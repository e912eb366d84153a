# Churn take-home
# - stratified random split 80/20
# - oversample churners in the training part only
# - compare to a majority-class dummy
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score, accuracy_score, recall_score, roc_auc_score
from imblearn.over_sampling import RandomOverSampler

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

num = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
       "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
cat = ["plan", "region"]

df[num] = df[num].fillna(-1)
test[num] = test[num].fillna(-1)

X = df[num + cat]
y = df["churned_next_month"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=2024)

ros = RandomOverSampler(random_state=2024)
X_train_bal, y_train_bal = ros.fit_resample(X_train, y_train)
print("after oversampling:", y_train_bal.value_counts().to_dict())

pre = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), cat)], remainder="passthrough")
model = Pipeline([("pre", pre), ("gb", GradientBoostingClassifier(n_estimators=250, max_depth=3, random_state=0))])
model.fit(X_train_bal, y_train_bal)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

for name, m in [("majority dummy", dummy), ("gradient boosting", model)]:
    pred = m.predict(X_test)
    proba = m.predict_proba(X_test)[:, 1]
    print(f"{name:18s} acc={accuracy_score(y_test, pred):.3f} f1={f1_score(y_test, pred):.3f} "
          f"recall={recall_score(y_test, pred):.3f} auc={roc_auc_score(y_test, proba):.3f}")

# final model on all rows (oversampled) for the submission
X_all_bal, y_all_bal = ros.fit_resample(X, y)
model.fit(X_all_bal, y_all_bal)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": model.predict_proba(test[num + cat])[:, 1]}).to_csv("predictions.csv", index=False)
