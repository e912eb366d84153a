"""Loan default model -- vaex + scikit-learn via vaex.ml.sklearn.Predictor.

About 22% of the loans in train.csv default, so the classes are reasonably
balanced and I report accuracy against the majority-class rate.
"""
import numpy as np
import pandas as pd
import vaex
import vaex.ml
from vaex.ml.sklearn import Predictor
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score

TARGET = "defaulted"
NUMS = ["applicant_income", "loan_amount", "term_months", "interest_rate", "credit_score",
        "dti", "employment_years", "num_open_accounts", "delinquencies_2y"]


def base_columns(df):
    df["employment_years"] = df.employment_years.fillna(0)
    df["applicant_income"] = np.log1p(df.applicant_income)
    df["loan_amount"] = np.log1p(df.loan_amount)
    df["renter"] = (df.home_ownership == "RENT").astype("int8")
    df["small_business"] = (df.purpose == "small_business").astype("int8")
    return df


df = base_columns(vaex.from_csv("train.csv", convert=False))
print(df.shape)
print(df[TARGET].value_counts())
print(df.groupby("home_ownership", agg={"rate": vaex.agg.mean(TARGET), "n": vaex.agg.count()}))
print(df.groupby("purpose", agg={"rate": vaex.agg.mean(TARGET), "n": vaex.agg.count()}))
# recovery_amount / days_past_due_90 are only populated after default -> not used

df_train, df_test = df.split_random(into=[0.8, 0.2], random_state=123)

scaler = vaex.ml.StandardScaler(features=NUMS, prefix="z_")
df_train = scaler.fit_transform(df_train)
df_test = scaler.transform(df_test)

FEATURES = ["z_" + c for c in NUMS] + ["renter", "small_business"]
clf = Predictor(features=FEATURES, target=TARGET,
                model=LogisticRegression(C=0.8, max_iter=2000),
                prediction_name="pred_label")
clf.fit(df_train)
df_test = clf.transform(df_test)

y_true = df_test[TARGET].values
acc = accuracy_score(y_true, df_test.pred_label.values)
majority = int(df_train[TARGET].mean() >= 0.5)
acc_majority = accuracy_score(y_true, np.full(len(y_true), majority))
print(f"logistic regression accuracy: {acc:.4f}")
print(f"majority-class baseline     : {acc_majority:.4f}")

coefs = pd.Series(clf.model.coef_[0], index=FEATURES).sort_values()
print(coefs)

# final model on every labelled loan; the submission needs probabilities
scaler_full = vaex.ml.StandardScaler(features=NUMS, prefix="z_")
df_full = scaler_full.fit_transform(df)
final = LogisticRegression(C=0.8, max_iter=2000)
final.fit(df_full[FEATURES].values, df_full[TARGET].values)

sub = scaler_full.transform(base_columns(vaex.from_csv("test.csv", convert=False)))
proba = final.predict_proba(sub[FEATURES].values)[:, 1]
pd.DataFrame({"loan_id": sub.loan_id.values, "prediction": proba}).to_csv("predictions.csv", index=False)
