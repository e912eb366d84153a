import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

# ---------------------------------------------------------------- load & clean
df = pd.read_csv("data/WA_Fn-UseC_-Telco-Customer-Churn.csv")
df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce").fillna(0.0)
df["SeniorCitizen"] = df["SeniorCitizen"].astype(int)
df["Churn"] = df["Churn"].map({"Yes": 1, "No": 0})

yes_no = ["Partner", "Dependents", "PhoneService", "PaperlessBilling"]
for col in yes_no:
    df[col] = (df[col] == "Yes").astype(int)

df["avg_monthly_spend"] = df["TotalCharges"] / df["tenure"].replace(0, 1)
df["n_services"] = (
    df[["OnlineSecurity", "OnlineBackup", "DeviceProtection", "TechSupport", "StreamingTV", "StreamingMovies"]]
    .eq("Yes")
    .sum(axis=1)
)

# ---------------------------------------------------------------- features
multi_cat = ["gender", "MultipleLines", "InternetService", "Contract", "PaymentMethod"]
numeric_part = df.select_dtypes(include=[np.number])
dummies = pd.get_dummies(df[multi_cat], drop_first=True, dtype=int)
X = pd.concat([numeric_part, dummies], axis=1)
y = df["Churn"]
print("feature matrix:", X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=17)

# ---------------------------------------------------------------- models
logit = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000, C=1.0))
logit.fit(X_train, y_train)
proba = logit.predict_proba(X_test)[:, 1]

naive = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

print(classification_report(y_test, (proba > 0.5).astype(int), digits=3))
print("ROC AUC logistic :", round(roc_auc_score(y_test, proba), 4))
print("accuracy dummy   :", round(naive.score(X_test, y_test), 4))

coef = pd.Series(logit[-1].coef_[0], index=X.columns).sort_values()
print(coef.tail(10))
