import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score

claims = pd.read_csv("insurance_claims.csv")
claims["fraud_reported"] = (claims["fraud_reported"] == "Y").astype(int)
claims = claims.drop(columns=["policy_number", "incident_location", "_c39"])
X = pd.get_dummies(claims.drop(columns="fraud_reported"), drop_first=True)
y = claims["fraud_reported"]

ros = RandomOverSampler(random_state=0)
X_res, y_res = ros.fit_resample(X, y)
print(y_res.value_counts())

X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.25, random_state=0)
rf = RandomForestClassifier(n_estimators=300, random_state=0).fit(X_train, y_train)
print(classification_report(y_test, rf.predict(X_test)))
print("AUC", roc_auc_score(y_test, rf.predict_proba(X_test)[:, 1]))
