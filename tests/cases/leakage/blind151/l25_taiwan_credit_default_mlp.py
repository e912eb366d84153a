# Default of credit card clients (Taiwan, 2005) - MLP classifier
# Kaggle: UCI_Credit_Card.csv

import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score, classification_report

df = pd.read_csv("UCI_Credit_Card.csv")
df = df.rename(columns={"default.payment.next.month": "default", "PAY_0": "PAY_1"})
df = df.drop(columns=["ID"])

# undocumented codes -> "other"
df["EDUCATION"] = df["EDUCATION"].replace({0: 4, 5: 4, 6: 4})
df["MARRIAGE"] = df["MARRIAGE"].replace({0: 3})

pay_status = [f"PAY_{i}" for i in range(1, 7)]
bill = [f"BILL_AMT{i}" for i in range(1, 7)]
paid = [f"PAY_AMT{i}" for i in range(1, 7)]

# engineered ratios
df["util_1"] = df["BILL_AMT1"] / df["LIMIT_BAL"]
df["pay_ratio_1"] = df["PAY_AMT1"] / df["BILL_AMT1"].where(df["BILL_AMT1"] > 0)
df["months_late"] = (df[pay_status] > 0).sum(axis=1)
df["max_delay"] = df[pay_status].max(axis=1)
df["avg_bill"] = df[bill].mean(axis=1)
df["avg_paid"] = df[paid].mean(axis=1)

df = pd.get_dummies(df, columns=["SEX", "EDUCATION", "MARRIAGE"], drop_first=True, dtype=int)

num_cols = ["LIMIT_BAL", "AGE", "util_1", "pay_ratio_1", "months_late", "max_delay", "avg_bill",
            "avg_paid"] + pay_status + bill + paid

# pay_ratio is undefined when there was no bill
df["pay_ratio_1"] = df["pay_ratio_1"].fillna(df["pay_ratio_1"].median())
df[num_cols] = (df[num_cols] - df[num_cols].mean()) / df[num_cols].std()

X = df.drop(columns=["default"])
y = df["default"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=99, stratify=y)

logit = LogisticRegression(max_iter=3000)
logit.fit(X_train, y_train)

mlp = MLPClassifier(hidden_layer_sizes=(64, 32), alpha=1e-3, learning_rate_init=1e-3,
                    early_stopping=True, validation_fraction=0.1, max_iter=300, random_state=99)
mlp.fit(X_train, y_train)

for name, m in [("logistic", logit), ("mlp", mlp)]:
    prob = m.predict_proba(X_test)[:, 1]
    print(f"== {name}")
    print("accuracy:", round(accuracy_score(y_test, m.predict(X_test)), 4))
    print("roc auc :", round(roc_auc_score(y_test, prob), 4))
    print(classification_report(y_test, m.predict(X_test), digits=3))

pd.DataFrame({"loss": mlp.loss_curve_}).to_csv("mlp_loss_curve.csv", index=False)
