import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, StackingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df["last_ticket_text"] = df["last_ticket_text"].fillna("")
df["tenure_years"] = df["tenure_months"] / 12.0

numeric = ["tenure_years", "monthly_charges", "num_support_tickets",
           "data_usage_gb", "days_since_last_login"]
categorical = ["plan_type", "contract_type"]

X = df[numeric + categorical + ["last_ticket_text"]]
y = df["churned_next_month"]


def text_and_tabular(svd_dims=None):
    text_steps = [TfidfVectorizer(min_df=3, sublinear_tf=True)]
    if svd_dims:
        text_steps.append(TruncatedSVD(n_components=svd_dims, random_state=0))
    return make_column_transformer(
        (StandardScaler(), numeric),
        (OneHotEncoder(handle_unknown="ignore"), categorical),
        (make_pipeline(*text_steps), "last_ticket_text"),
    )


linear = make_pipeline(text_and_tabular(), LogisticRegression(max_iter=2000, C=0.3))
forest = make_pipeline(text_and_tabular(svd_dims=50),
                       RandomForestClassifier(n_estimators=300, min_samples_leaf=5,
                                              n_jobs=-1, random_state=0))
stack = StackingClassifier(
    estimators=[("linear", linear), ("forest", forest)],
    final_estimator=LogisticRegression(),
    stack_method="predict_proba",
    n_jobs=-1,
)

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
results = {}
for name, est in {"dummy": DummyClassifier(strategy="most_frequent"),
                  "linear": linear, "forest": forest, "stack": stack}.items():
    acc = cross_val_score(est, X, y, cv=cv, scoring="accuracy", n_jobs=1)
    results[name] = acc
    print(f"{name:7s} accuracy {acc.mean():.4f} +/- {acc.std():.4f}")

best = max(results, key=lambda k: results[k].mean())
print("best by CV accuracy:", best)
