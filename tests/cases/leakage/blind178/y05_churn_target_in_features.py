# Telco customer churn - gradient boosting
# dataset: WA_Fn-UseC_-Telco-Customer-Churn.csv (Kaggle / IBM sample data)
import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, roc_auc_score, f1_score, classification_report

df = pd.read_csv("WA_Fn-UseC_-Telco-Customer-Churn.csv")

# TotalCharges is read as text because of blank strings for new customers
df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce")
df = df.dropna(subset=["TotalCharges"])

# binary columns -> 0/1
yes_no = ["Partner", "Dependents", "PhoneService", "PaperlessBilling"]
for c in yes_no:
    df[c] = df[c].map({"Yes": 1, "No": 0})
df["gender"] = df["gender"].map({"Female": 1, "Male": 0})

# encode the label
df["Churn_flag"] = (df["Churn"] == "Yes").astype(int)

multi = ["MultipleLines", "InternetService", "OnlineSecurity", "OnlineBackup",
         "DeviceProtection", "TechSupport", "StreamingTV", "StreamingMovies",
         "Contract", "PaymentMethod"]
df = pd.get_dummies(df, columns=multi, drop_first=True)

df["charges_per_month_of_tenure"] = df["TotalCharges"] / (df["tenure"] + 1)

y = df["Churn_flag"]
X = df.drop(columns=["customerID", "Churn"])

print("features:", X.shape[1])

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=1, stratify=y
)

gb = GradientBoostingClassifier(n_estimators=200, learning_rate=0.05, max_depth=3,
                                random_state=1)
gb.fit(X_train, y_train)

pred = gb.predict(X_test)
proba = gb.predict_proba(X_test)[:, 1]
print("accuracy:", round(accuracy_score(y_test, pred), 4))
print("f1      :", round(f1_score(y_test, pred), 4))
print("roc auc :", round(roc_auc_score(y_test, proba), 4))
print(classification_report(y_test, pred))

imp = pd.Series(gb.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))
