# Returns take-home - sparse one-hot + mutual-information feature selection + logistic regression
# Author note: aimed for something small and explainable that the ops team can reason about.
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, classification_report
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

K = 40
SEED = 123

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train.dtypes.value_counts())


def to_matrix(df):
    num = df[["unit_price", "quantity", "discount_pct", "delivery_days", "customer_age",
              "customer_prior_orders", "customer_prior_returns", "is_gift"]].fillna(0)
    num = num.assign(
        log_price=np.log1p(df["unit_price"]),
        prior_return_share=df["customer_prior_returns"] / (df["customer_prior_orders"] + 1),
        heavy_discount=(df["discount_pct"] >= 30).astype(int),
    )
    cats = pd.get_dummies(
        df[["product_category", "brand", "size", "shipping_method", "payment_method"]].fillna("missing"),
        dtype=np.uint8,
    )
    return pd.concat([num, cats], axis=1)


X = to_matrix(train)
X_test = to_matrix(test).reindex(columns=X.columns, fill_value=0)
y = train["returned"]
print("matrix:", X.shape)

# keep the K most informative columns
selector = SelectKBest(mutual_info_classif, k=K)
selector.fit(X, y)
kept = X.columns[selector.get_support()]
print("kept:", list(kept))
X = X[kept]
X_test = X_test[kept]

X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
pb = baseline.predict_proba(X_valid)[:, 1]
print(f"baseline: ROC-AUC {roc_auc_score(y_valid, pb):.3f}  AP {average_precision_score(y_valid, pb):.3f}")

model = make_pipeline(StandardScaler(), LogisticRegression(C=0.3, class_weight="balanced", max_iter=3000))
model.fit(X_train, y_train)
pv = model.predict_proba(X_valid)[:, 1]
print(f"logreg:   ROC-AUC {roc_auc_score(y_valid, pv):.3f}  AP {average_precision_score(y_valid, pv):.3f}")
print(classification_report(y_valid, (pv >= 0.5).astype(int), digits=3))

coef = pd.Series(model[-1].coef_[0], index=kept).sort_values()
print("most protective:\n", coef.head(6).round(3))
print("most return-prone:\n", coef.tail(6).round(3))

model.fit(X, y)
sub = pd.DataFrame({"order_line_id": test["order_line_id"], "prediction": model.predict_proba(X_test)[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.head())
