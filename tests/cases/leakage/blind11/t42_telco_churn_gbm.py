# Telco customer churn - gradient boosting vs. a dummy baseline
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, accuracy_score, classification_report

telco = pd.read_csv("WA_Fn-UseC_-Telco-Customer-Churn.csv")
print(telco.shape)

# TotalCharges is read as text because of blanks for brand-new customers
telco["TotalCharges"] = pd.to_numeric(telco["TotalCharges"], errors="coerce").fillna(0)
telco["SeniorCitizen"] = telco["SeniorCitizen"].map({0: "No", 1: "Yes"})

telco["target"] = telco["Churn"].map({"Yes": 1, "No": 0})
print(telco["target"].value_counts(normalize=True))

# a few engineered features
telco["avg_charge"] = np.where(telco["tenure"] > 0, telco["TotalCharges"] / telco["tenure"], telco["MonthlyCharges"])
telco["n_services"] = (telco[["PhoneService", "OnlineSecurity", "OnlineBackup", "DeviceProtection",
                             "TechSupport", "StreamingTV", "StreamingMovies"]] == "Yes").sum(axis=1)
telco["tenure_bin"] = pd.cut(telco["tenure"], bins=[-1, 6, 12, 24, 48, 72], labels=False)

for col in ["Contract", "PaymentMethod", "InternetService"]:
    print(telco.groupby(col)["target"].mean().round(3), "\n")

X = pd.get_dummies(telco.drop(columns=["customerID", "target"]), drop_first=True)
y = telco["target"]
print(X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=8)

gbm = GradientBoostingClassifier(n_estimators=250, learning_rate=0.05, max_depth=3, random_state=8)
gbm.fit(X_train, y_train)
proba = gbm.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

print("GBM   AUC %.4f  acc %.4f" % (roc_auc_score(y_test, proba), accuracy_score(y_test, proba > 0.5)))
print("Dummy acc %.4f" % accuracy_score(y_test, dummy.predict(X_test)))
print(classification_report(y_test, (proba > 0.5).astype(int)))

imp = pd.Series(gbm.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))
imp.head(20).sort_values().plot.barh(figsize=(7, 7))
plt.tight_layout()
plt.savefig("gbm_importance.png")
