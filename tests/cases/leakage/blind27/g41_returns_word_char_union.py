"""Returns: word + character n-grams of the product title joined with a FeatureUnion."""
import pandas as pd
from sklearn.pipeline import Pipeline, FeatureUnion
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "returned"
POST_RETURN_COLS = ["refund_amount", "return_reason"]
NUM = ["price", "discount_pct", "quantity", "shipping_days", "customer_tenure_days"]
CAT = ["product_category", "size"]

df = pd.read_csv("train.csv", parse_dates=["order_date"]).drop(columns=POST_RETURN_COLS)
df["product_title"] = df["product_title"].fillna("")

cutoff = df["order_date"].max() - pd.Timedelta(days=90)
train = df.loc[df["order_date"] <= cutoff]
test = df.loc[df["order_date"] > cutoff]
test = test.loc[~test["customer_id"].isin(train["customer_id"])]
print(f"train {train.order_date.min().date()}..{train.order_date.max().date()} ({len(train)}), "
      f"test {test.order_date.min().date()}..{test.order_date.max().date()} ({len(test)})")

title_features = FeatureUnion([
    ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=3, sublinear_tf=True)),
    ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=5, max_features=50000)),
])
columns = ColumnTransformer([
    ("title", title_features, "product_title"),
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
])
model = Pipeline([("columns", columns),
                  ("lr", LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000))])
model.fit(train, train[TARGET])

scores = model.predict_proba(test)[:, 1]
dummy_scores = DummyClassifier(strategy="prior").fit(train, train[TARGET]).predict_proba(test)[:, 1]
print("AUC: model %.4f, dummy %.4f" % (roc_auc_score(test[TARGET], scores),
                                       roc_auc_score(test[TARGET], dummy_scores)))
print("AP : model %.4f, dummy %.4f" % (average_precision_score(test[TARGET], scores),
                                       average_precision_score(test[TARGET], dummy_scores)))
