import pandas as pd, numpy as np
from sklearn.model_selection import train_test_split, KFold
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
import lightgbm as lgb
import xgboost as xgb
df = pd.read_csv("x.csv")
X, y = df.drop(columns="y"), df.y
class Trainer:
    def __init__(self, model):
        self.model = model
    def fit(self, X, y):
        self.model.fit(X, y)
        return self
t = Trainer(LogisticRegression()).fit(X, y)
def rec(n):
    return rec(n - 1) if n else 0
rec(3)
def deco(f):
    return f
@deco
def g(*args, k=1, **kw):
    global X
    return args[0] if args else kw
g(X, k=2, z=3)
if (n := len(df)) > 10:
    pass
match n:
    case 1:
        pass
    case _:
        pass
a = b = X
a += 1
X.loc[X.a > 0, "a"] = 0
X.iloc[:, 0] = 1
X[X.columns[0]] = X.iloc[:, 0] * 2
arr = X.values
arr[:, 1] = 0
arr2 = arr[::2, :]
d = {}
d.update({"a": 1})
d["m"] = LogisticRegression()
d["m"].fit(X, y)
lst = [[1, 2], [3, 4]]
flat = [x for row in lst for x in row]
s = {k: v for k, v in zip("ab", [1, 2])}
del d["m"]
async def f():
    async with x as y:
        await y
try:
    import foo
except (ImportError, ValueError) as e:
    raise
finally:
    pass
with open("f") as fh, open("g") as gh:
    fh.read()
while False:
    break
else:
    pass
for i, (a, b) in enumerate(zip(X, y)):
    continue
X_tr, X_te, y_tr, y_te = train_test_split(X, y)
dtrain = lgb.Dataset(X_tr, y_tr)
dval = lgb.Dataset(X_te, y_te)
bst = lgb.train({"objective": "binary"}, dtrain, valid_sets=[dval], callbacks=[lgb.early_stopping(10)])
dm = xgb.DMatrix(X_tr, label=y_tr)
booster = xgb.train({}, dm, evals=[(xgb.DMatrix(X_te, label=y_te), "test")], early_stopping_rounds=5)
print(bst.predict(X_te))
lam = (lambda q=X: q.mean())()
z = np.c_[X, y]
w = X @ X.T
kf = KFold(5)
for fold, (tr, te) in enumerate(kf.split(X)):
    m = LogisticRegression().fit(X.iloc[tr], y.iloc[tr])
*rest, last = [1, 2, 3]
x: int = 5
assert x
print(f"{x!r:>10}")
lambda: (yield)
