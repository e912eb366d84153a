import pandas as pd
import numpy as np
import category_encoders as ce
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

# ---------------------------------------------------------------- data
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
tx = pd.read_csv("transactions.csv")

per_cust = (tx.pivot_table(index="customer_id", columns="category", values="amount",
                           aggfunc="sum", fill_value=0)
              .add_prefix("spend_"))
train = train.merge(per_cust, left_on="customer_id", right_index=True, how="left")
test = test.merge(per_cust, left_on="customer_id", right_index=True, how="left")
spend_cols = list(per_cust.columns)
train[spend_cols] = train[spend_cols].fillna(0)
test[spend_cols] = test[spend_cols].fillna(0)

num = ["age", "tenure_months", "monthly_fee", "support_calls", "num_devices"] + spend_cols
low_card = ["region", "payment_method"]
high_card = ["plan"]
X = train[num + low_card + high_card]
y = train["churned"]

# ---------------------------------------------------------------- model
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=99)

model = Pipeline([
    ("count", ce.CountEncoder(cols=low_card, normalize=True, handle_unknown=0)),
    ("hash", ce.HashingEncoder(cols=high_card, n_components=8)),
    ("scale", StandardScaler()),
    ("logreg", LogisticRegression(C=1.0, max_iter=1000)),
])
model.fit(X_train, y_train)

train_acc = accuracy_score(y_train, model.predict(X_train))
test_acc = accuracy_score(y_test, model.predict(X_test))
print(f"train accuracy: {train_acc:.4f}")
print(f"test accuracy:  {test_acc:.4f}")

# ---------------------------------------------------------------- submit
model.fit(X, y)
sub = pd.DataFrame({"customer_id": test["customer_id"],
                    "prediction": model.predict_proba(test[num + low_card + high_card])[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.head())
