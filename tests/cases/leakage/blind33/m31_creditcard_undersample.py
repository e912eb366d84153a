"""
Credit Card Fraud Detection - random under-sampling + logistic regression
Data: ULB creditcard.csv (284,807 transactions, 492 frauds)
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.preprocessing import RobustScaler
from sklearn.model_selection import train_test_split, cross_val_score
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, roc_auc_score, confusion_matrix

df = pd.read_csv("creditcard.csv")
print(df.head())
print("No Frauds", round(df["Class"].value_counts()[0] / len(df) * 100, 2), "% of the dataset")
print("Frauds", round(df["Class"].value_counts()[1] / len(df) * 100, 2), "% of the dataset")

# V1..V28 are already PCA outputs; Time and Amount still need scaling.
# RobustScaler is less prone to outliers.
rob_scaler = RobustScaler()
df["scaled_amount"] = rob_scaler.fit_transform(df["Amount"].values.reshape(-1, 1))
df["scaled_time"] = rob_scaler.fit_transform(df["Time"].values.reshape(-1, 1))
df.drop(["Time", "Amount"], axis=1, inplace=True)

# ---------------------------------------------------------------------------
# Random under-sampling: 492 frauds + 492 non-frauds
# ---------------------------------------------------------------------------
df = df.sample(frac=1, random_state=42)
fraud_df = df.loc[df["Class"] == 1]
non_fraud_df = df.loc[df["Class"] == 0][:492]
normal_distributed_df = pd.concat([fraud_df, non_fraud_df])
new_df = normal_distributed_df.sample(frac=1, random_state=42)
print(new_df["Class"].value_counts())

sns.countplot(x="Class", data=new_df)
plt.title("Equally Distributed Classes")
plt.savefig("balanced_classes.png")
plt.close()

# correlations are meaningful now that the classes are balanced
sub_sample_corr = new_df.corr()
print(sub_sample_corr["Class"].sort_values())

# remove extreme outliers from V14 (IQR rule)
v14_fraud = new_df["V14"].loc[new_df["Class"] == 1].values
q25, q75 = np.percentile(v14_fraud, 25), np.percentile(v14_fraud, 75)
v14_iqr = q75 - q25
v14_lower, v14_upper = q25 - 1.5 * v14_iqr, q75 + 1.5 * v14_iqr
new_df = new_df.drop(new_df[(new_df["V14"] > v14_upper) | (new_df["V14"] < v14_lower)].index)
print("rows after outlier removal:", len(new_df))

X = new_df.drop("Class", axis=1)
y = new_df["Class"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

log_reg = LogisticRegression(C=0.1, max_iter=1000)
log_reg.fit(X_train, y_train)
cv = cross_val_score(log_reg, X_train, y_train, cv=5, scoring="roc_auc")
print("Logistic Regression CV ROC AUC: %.4f" % cv.mean())

y_pred = log_reg.predict(X_test)
print("Test ROC AUC: %.4f" % roc_auc_score(y_test, log_reg.predict_proba(X_test)[:, 1]))
print(classification_report(y_test, y_pred, target_names=["No Fraud", "Fraud"]))
print(confusion_matrix(y_test, y_pred))
